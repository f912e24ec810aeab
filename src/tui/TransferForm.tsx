import { TextInput } from '@inkjs/ui';
import { Box, Text } from 'ink';
import { useState } from 'react';

export interface TransferFormProps {
  visitor: string;
  /** target: an agent's username or group:<name>. */
  onSubmit(target: string, note: string): void;
}

/** Asks where a conversation goes (an agent, or group:<name>) and a note for whoever takes it; esc cancels. */
export function TransferForm({ visitor, onSubmit }: TransferFormProps) {
  const [target, setTarget] = useState<string | undefined>();
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1}>
      <Text bold>Transfer {visitor} · esc cancels</Text>
      <Text>To: an agent's username, or group:name</Text>
      <Box>
        <Text>&gt; </Text>
        {target === undefined ? <TextInput placeholder="alice or group:billing" onSubmit={(value) => value.trim() && setTarget(value.trim())} /> : <Text>{target}</Text>}
      </Box>
      {target !== undefined && (
        <>
          <Text>Note for them (enter sends the transfer)</Text>
          <Box>
            <Text>&gt; </Text>
            <TextInput placeholder="what they should know" onSubmit={(note) => onSubmit(target, note.trim())} />
          </Box>
        </>
      )}
    </Box>
  );
}
