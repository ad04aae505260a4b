import { Component, type RefObject } from 'preact';
import { looksLikeText } from '../../engine/text.ts';
import { maxFileBytes, readTextFile, type FileProblem } from './read-file.ts';
import type { Sample } from './samples.ts';
import { Prose } from './Prose.tsx';
import type { EarlyStrings } from './strings.ts';

interface Props {
  area: RefObject<HTMLTextAreaElement>;
  samples: readonly Sample[];
  /** New text: `now` for pastes, drops and examples, otherwise after a pause in typing. */
  onText: (text: string, now: boolean) => void;
  onClear: () => void;
  /** The pointer comes over the field: a sign that the reader is about to use it. */
  onNear: () => void;
  s: EarlyStrings;
}

interface State {
  /** Why the last dropped file was refused. */
  problem: FileProblem | null;
}

/** The textarea (typing, pasting, dropping a text file), Clear, and the example buttons; remembers why a file was refused. */
export class PasteArea extends Component<Props, State> {
  override state: State = { problem: null };

  override render({ area, samples, onText, onClear, onNear, s }: Props, { problem }: State) {
    const put = (text: string): void => {
      if (area.current) area.current.value = text;
      this.setState({ problem: null });
      onText(text, true);
    };
    const drop = async (event: DragEvent): Promise<void> => {
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      // Without this the browser would open the file instead of the page.
      event.preventDefault();
      const read = await readTextFile(file);
      if ('text' in read) put(read.text);
      else this.setState({ problem: read.problem });
    };
    const messages: Record<FileProblem, string> = {
      'too-big': s.fileTooBig(Math.floor(maxFileBytes / 1024 / 1024)),
      'not-text': s.fileNotText,
      unreadable: s.fileUnreadable,
    };
    return (
      // Drops anywhere around the field count too: a file let go just beside it would otherwise replace the page.
      <div
        class="chk-input"
        onDragOver={(event) => {
          if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
        }}
        onDrop={drop}
      >
        <label for="chk-paste">{s.pasteLabel}</label>
        <p id="chk-paste-hint" class="chk-note">
          <Prose text={s.pasteHint} />
        </p>
        <textarea
          id="chk-paste"
          ref={area}
          rows={12}
          spellcheck={false}
          autocomplete="off"
          autocapitalize="off"
          aria-describedby="chk-paste-hint chk-file-problem"
          onPointerEnter={onNear}
          onInput={(event) => {
            const now = /^insertFrom/.test((event as InputEvent).inputType ?? '');
            // Binary pasted (random characters, a file's bytes) is told as a dropped one is, by the same rule, and not analysed.
            const text = event.currentTarget.value;
            const binary = !looksLikeText(text);
            if (binary || problem === 'not-text') this.setState({ problem: binary ? 'not-text' : null });
            onText(binary ? '' : text, now);
          }}
        />
        {/* Clear sits apart from the examples and looks unlike them: it throws the paste away rather than filling it. */}
        <div class="chk-under">
          <p id="chk-file-problem" class="chk-error" aria-live="polite">
            {problem ? messages[problem] : ''}
          </p>
          <button
            type="button"
            class="chk-button chk-clear"
            onClick={() => {
              put('');
              onClear();
              // The next thing to do is paste again.
              area.current?.focus();
            }}
          >
            {s.clear}
          </button>
        </div>
        <div class="chk-actions">
          <span>{s.samplesLabel}</span>
          {samples.map((sample) => (
            <button type="button" class="chk-button chk-sample" data-sample={sample.id} onClick={() => put(sample.text)}>
              {s.samples[sample.id]}
            </button>
          ))}
        </div>
      </div>
    );
  }
}
