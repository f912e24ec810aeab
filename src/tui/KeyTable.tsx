import { Box, Text } from 'ink';

export interface KeyTableProps {
  title: string;
  /** Each key (or keys) and what it does. */
  keys: readonly (readonly [string, string])[];
  /** Columns for the keys. */
  keyWidth: number;
  grow?: boolean;
}

/** A help overlay: a framed table of keys and what they do. */
export function KeyTable({ title, keys, keyWidth, grow = false }: KeyTableProps) {
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1} flexGrow={grow ? 1 : 0}>
      <Text bold>{title}</Text>
      {keys.map(([key, what]) => (
        <Box key={key}>
          <Box width={keyWidth} flexShrink={0}>
            <Text>{key}</Text>
          </Box>
          <Text>{what}</Text>
        </Box>
      ))}
    </Box>
  );
}
