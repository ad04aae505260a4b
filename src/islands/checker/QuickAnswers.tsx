import type { Answers, FactKey } from '../../engine/index.ts';
import { parseAnswer, typedVersion } from './answers.ts';
import type { EarlyStrings } from './strings.ts';

interface Props {
  ask: FactKey;
  answers: Answers;
  /** Facts the engine took from the answers; an answer missing here was not understood. */
  answered: FactKey[];
  onAnswer: (key: FactKey, value: string | boolean | undefined) => void;
  s: EarlyStrings;
}

/** Buttons (or a version field) that answer the one question settling an incomplete verdict. */
export function QuickAnswers({ ask, answers, answered, onAnswer, s }: Props) {
  const question = s.questions[ask];
  if (!question) return null;
  const given = answers[ask];
  const dontKnow = (
    <a href="#chk-collector">
      {s.dontKnow}
    </a>
  );
  if ('choices' in question) {
    return (
      <fieldset class="chk-quick">
        <legend>{question.text}</legend>
        {Object.entries(question.choices).map(([value, label]) => (
          <button type="button" class="chk-button" aria-pressed={String(given) === value} onClick={() => onAnswer(ask, parseAnswer(value))}>
            {label}
          </button>
        ))}
        {dontKnow}
      </fieldset>
    );
  }
  const rejected = given !== undefined && !answered.includes(ask);
  return (
    <form
      class="chk-quick"
      onSubmit={(event) => {
        event.preventDefault();
        onAnswer(ask, typedVersion(String(new FormData(event.currentTarget).get('answer'))));
      }}
    >
      <label for="chk-answer">{question.text}</label>
      <input
        id="chk-answer"
        name="answer"
        autocomplete="off"
        spellcheck={false}
        placeholder={question.placeholder}
        aria-invalid={rejected || undefined}
        aria-describedby="chk-answer-error"
      />
      <button type="submit" class="chk-button">
        {s.apply}
      </button>
      {dontKnow}
      <p id="chk-answer-error" class="chk-error" aria-live="polite">
        {rejected ? s.notUnderstood : ''}
      </p>
    </form>
  );
}
