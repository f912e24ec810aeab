<?php
// Signs a wukf visitor identity in a PHP backend (docs/auth.md, "Visitors your app vouches for").
// Usage: WUKF_IDENTITY_KEY="$(cat /etc/wukf/secrets/identity-hmac.key)" php sign-identity.php <userId> [displayName]
// Prints the JSON body your app sends to POST /api/v1/visitors.

function sign_identity(string $key, string $userId, ?string $displayName = null): array
{
    $timestamp = time();
    $signature = hash_hmac('sha256', "{$userId}:{$timestamp}", $key);
    return ['userId' => $userId, 'timestamp' => $timestamp, 'signature' => $signature, 'displayName' => $displayName ?? $userId];
}

$key = getenv('WUKF_IDENTITY_KEY');
if ($key === false || $key === '' || $argc < 2) {
    fwrite(STDERR, "usage: WUKF_IDENTITY_KEY=<key> php sign-identity.php <userId> [displayName]\n");
    exit(64);
}
echo json_encode(sign_identity($key, $argv[1], $argv[2] ?? null), JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE), "\n";
