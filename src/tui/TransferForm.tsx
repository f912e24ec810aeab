import { Box, Text } from 'ink';
import { useState } from 'react';
import { LineInput } from './LineInput.js';

export interface TransferFormProps {
  visitor: string;
  /** What the hand-over is called: a queued conversation is assigned, an active one transferred. */
  verb?: 'Transfer' | 'Assign';
  /** target: an agent's username or group:<name>. */
  onSubmit(target: string, note: string): void;
}

/** Asks where a conversation goes (an agent, or group:<name>) and a note for whoever takes it; esc cancels. */
export function TransferForm({ visitor, verb = 'Transfer', onSubmit }: TransferFormProps) {
  const [target, setTarget] = useState<string | undefined>();
  const groups = verb === 'Transfer';
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1}>
      <Text bold>
        {verb} {visitor} · esc cancels
      </Text>
      <Text>{groups ? "To: an agent's username, or group:name" : "To: an agent's username"}</Text>
      <Box>
        <Text>&gt; </Text>
        {target === undefined ? <LineInput placeholder={groups ? 'alice or group:billing' : 'alice'} onSubmit={(value) => value.trim() && setTarget(value.trim())} /> : <Text>{target}</Text>}
      </Box>
      {target !== undefined && (
        <>
          <Text>Note for them (enter sends it)</Text>
          <Box>
            <Text>&gt; </Text>
            <LineInput placeholder="what they should know" onSubmit={(note) => onSubmit(target, note.trim())} />
          </Box>
        </>
      )}
    </Box>
  );
}
