import { Text, useInput } from 'ink';
import { useRef, useState } from 'react';

export interface LineInputProps {
  placeholder?: string;
  /** Shows a `*` for each character typed (a password). */
  mask?: boolean;
  /** Enter: the line as typed. */
  onSubmit(value: string): void;
}

/** A line's pieces as a chunk of keys brings them: the text before each newline, then what follows the last. */
export function splitLines(input: string): { lines: string[]; rest: string } {
  const parts = input.split(/\r\n|\r|\n/);
  return { lines: parts.slice(0, -1), rest: parts.at(-1) ?? '' };
}

/**
 * One line of text, submitted with enter. Written here rather than taken from @inkjs/ui because a terminal
 * hands over a paste (or keys typed faster than they are read, over a slow link) as one chunk: "alice\r" must
 * submit "alice", where a stock input takes the "\r" for a character of the value.
 */
export function LineInput({ placeholder, mask = false, onSubmit }: LineInputProps) {
  const [value, setValueState] = useState('');
  // Chunks can come faster than renders: each must see what the one before left.
  const valueRef = useRef('');
  const setValue = (next: string) => {
    valueRef.current = next;
    setValueState(next);
  };

  useInput((input, key) => {
    if (key.return) return onSubmit(valueRef.current);
    if (key.backspace || key.delete) return setValue(valueRef.current.slice(0, -1));
    if (key.ctrl && input === 'u') return setValue('');
    if (key.ctrl || key.meta || key.escape || key.tab || key.upArrow || key.downArrow || key.leftArrow || key.rightArrow || input === '') return;
    const { lines, rest } = splitLines(input);
    if (lines.length === 0) return setValue(valueRef.current + rest);
    // The first line ends the input; the component asking for it moves on, so what was pasted after is dropped.
    const line = valueRef.current + lines[0];
    setValue('');
    onSubmit(line);
  });

  const shown = mask ? '*'.repeat(value.length) : value;
  if (shown === '' && placeholder) {
    return (
      <Text>
        <Text inverse> </Text>
        <Text dimColor>{placeholder}</Text>
      </Text>
    );
  }
  return (
    <Text>
      {shown}
      <Text inverse> </Text>
    </Text>
  );
}
