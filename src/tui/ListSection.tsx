import { Box, Text } from 'ink';

export interface ListSectionProps {
  title: string;
  rows: string[];
  /** The row under the cursor, marked with ">" (readable without colours). */
  cursor: number;
  focused: boolean;
  empty: string;
  /** At most this many rows shown, scrolled so the cursor is among them. */
  height: number;
}

/** A titled list of one-line rows, with a cursor when its pane has the focus. */
export function ListSection({ title, rows, cursor, focused, empty, height }: ListSectionProps) {
  const first = Math.max(0, Math.min(cursor - height + 1, rows.length - height));
  const shown = rows.slice(first, first + height);
  return (
    <Box flexDirection="column">
      <Text bold underline={focused}>
        {focused ? '▸ ' : '  '}
        {title}
      </Text>
      {rows.length === 0 && <Text dimColor>  {empty}</Text>}
      {shown.map((row, i) => {
        const here = focused && first + i === cursor;
        return (
          <Text key={first + i} inverse={here} wrap="truncate-end">
            {here ? '>' : ' '} {row}
          </Text>
        );
      })}
    </Box>
  );
}
