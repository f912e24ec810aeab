import { Spinner } from '@inkjs/ui';
import { Box, Text } from 'ink';
import { useState } from 'react';
import { LineInput } from './LineInput.js';

export interface LoginPromptProps {
  /** The server asked, shown so the agent knows where the password goes. */
  server: string;
  /** Resolves once signed in; rejects with the reason to show (wrong password, locked out, unreachable). */
  login(username: string, password: string): Promise<void>;
}

type Step = { at: 'username' } | { at: 'password'; username: string } | { at: 'checking'; username: string };

/** Asks for a username, then the password (never echoed), and says why a login was refused. */
export function LoginPrompt({ server, login }: LoginPromptProps) {
  const [step, setStep] = useState<Step>({ at: 'username' });
  const [error, setError] = useState<string | undefined>();
  // Each attempt mounts fresh inputs, so a refused password is not kept.
  const [attempt, setAttempt] = useState(0);

  const submitPassword = (username: string, password: string) => {
    setStep({ at: 'checking', username });
    setError(undefined);
    login(username, password).catch((err: unknown) => {
      setError((err as Error).message);
      setAttempt((n) => n + 1);
      setStep({ at: 'username' });
    });
  };

  return (
    <Box flexDirection="column" paddingX={1}>
      <Text>Sign in to {server}</Text>
      <Box>
        <Text>Username: </Text>
        {step.at === 'username' ? (
          <LineInput key={`u${attempt}`} placeholder="your username" onSubmit={(value) => value.trim() && setStep({ at: 'password', username: value.trim() })} />
        ) : (
          <Text>{step.username}</Text>
        )}
      </Box>
      {step.at !== 'username' && (
        <Box>
          <Text>Password: </Text>
          {step.at === 'password' ? <LineInput key={`p${attempt}`} mask onSubmit={(value) => submitPassword(step.username, value)} /> : <Text>********</Text>}
        </Box>
      )}
      {step.at === 'checking' && <Spinner label="Signing in…" />}
      {error && <Text color="red">Sign-in failed: {error}</Text>}
    </Box>
  );
}
