import { Box, Text } from 'ink';
import { healthLines, longestWaitMs } from './dashboard-rows.js';
import type { DashboardView } from './dashboard-state.js';

/** The server's health: one figure a line, a flagged one marked "!" with what is wrong, so it reads without colour. */
export function HealthPane({ view, now }: { view: DashboardView; now: number }) {
  if (!view.health) return <Text dimColor>Waiting for the server's first health record…</Text>;
  const lines = healthLines(view.health, view.rates, longestWaitMs(view, now));
  const problems = lines.filter((l) => l.problem).length;
  return (
    <Box flexDirection="column">
      <Text bold>{problems === 0 ? 'Health: OK' : `Health: ${problems} problem${problems === 1 ? '' : 's'}`}</Text>
      {lines.map((line) => (
        <Box key={line.label}>
          <Box width={2} flexShrink={0}>
            <Text color="red">{line.problem ? '!' : ' '}</Text>
          </Box>
          <Box width={15} flexShrink={0}>
            <Text dimColor>{line.label}</Text>
          </Box>
          <Text wrap="truncate-end" color={line.problem ? 'red' : undefined}>
            {line.value}
            {line.problem ? ` — ${line.problem}` : ''}
          </Text>
        </Box>
      ))}
      {view.truncated && <Text dimColor>Sessions shows only part of the conversations (the server's dashboard_max_sessions).</Text>}
    </Box>
  );
}
