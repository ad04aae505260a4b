import { describe, expect, test } from 'vitest';
import { descriptionsByLang } from '../../../src/components/content/data/descriptions.ts';
import { dockerThresholds, passtMilestones, pastaVersionStrings, references, rootlesskitReleases, type ReferenceKey } from '../../../src/engine/data/index.ts';
import { defaultLang } from '../../../src/i18n/languages.ts';
import { langs } from '../../support/pages.ts';

/** Han characters: a translated description has some. */
const han = /\p{Script=Han}/u;
const translations = langs.filter((lang) => lang !== defaultLang);

// The data module's descriptions are English; each other language has its own, keyed like the records (src/components/content/data/).
describe.each(translations)('descriptions in %s', (lang) => {
  const describeIn = descriptionsByLang[lang];

  test.each(Object.keys(references) as ReferenceKey[])('reference %s says what it establishes in this language', (key) => {
    const { title, establishes } = describeIn.reference(key);
    expect(establishes).toMatch(han);
    expect(title.length).toBeGreaterThan(0);
  });

  // As the English says "29.0.x": a translation that said "from 29.0.0" told readers with the fix that theirs was broken (audit 4).
  test('moby#51591 is said of the Dockers before its fix', () => {
    expect(describeIn.reference('moby51591').establishes).toContain(dockerThresholds.slirpBindFixed.version);
  });

  test.each(rootlesskitReleases.map((release) => [release.version, release] as const))(
    'RootlessKit %s has a note here exactly when it has one in English',
    (_version, release) => {
      const note = describeIn.rootlesskitNote(release);
      if (release.note === undefined) expect(note).toBeUndefined();
      else expect(note).toMatch(han);
    },
  );

  test.each(Object.keys(passtMilestones) as (keyof typeof passtMilestones)[])('passt milestone %s is described here', (key) => {
    expect(describeIn.milestone(key)).toMatch(han);
  });

  // Distribution names ("Debian 13", "Ubuntu 24.04") stay as they are; descriptions ("upstream, …", "git build (…)") are translated.
  test.each(pastaVersionStrings.map((row) => row.distribution))('where a pasta came from: "%s"', (distribution) => {
    const shown = describeIn.versionSource(distribution);
    if (/^[A-Z]/.test(distribution) && !distribution.includes('(')) expect(shown).toBe(distribution);
    else expect(shown).toMatch(han);
  });
});
