// Signs a wukf visitor identity in a Java backend (docs/auth.md, "Visitors your app vouches for").
// Usage (Java 11+ runs a single file directly):
//   WUKF_IDENTITY_KEY="$(cat /etc/wukf/secrets/identity-hmac.key)" java SignIdentity.java <userId> [displayName]
// Prints the JSON body your app sends to POST /api/v1/visitors. Standard library only.
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

public class SignIdentity {
    static String sign(String key, String userId, long timestamp) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] digest = mac.doFinal((userId + ":" + timestamp).getBytes(StandardCharsets.UTF_8));
        StringBuilder hex = new StringBuilder(64);
        for (byte b : digest) hex.append(String.format("%02x", b));
        return hex.toString();
    }

    /**
     * A JSON string literal in plain ASCII: display names may hold any letters, and escaping them keeps the
     * output right whatever encoding the console or the caller's stream uses.
     */
    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') out.append('\\').append(c);
            else if (c < 0x20 || c > 0x7e) out.append(String.format("\\u%04x", (int) c));
            else out.append(c);
        }
        return out.append('"').toString();
    }

    public static void main(String[] args) throws GeneralSecurityException {
        String key = System.getenv("WUKF_IDENTITY_KEY");
        if (key == null || key.isEmpty() || args.length < 1) {
            System.err.println("usage: WUKF_IDENTITY_KEY=<key> java SignIdentity.java <userId> [displayName]");
            System.exit(64);
        }
        String userId = args[0];
        String displayName = args.length > 1 ? args[1] : userId;
        long timestamp = System.currentTimeMillis() / 1000;
        System.out.println("{\"userId\":" + quote(userId) + ",\"timestamp\":" + timestamp
                + ",\"signature\":" + quote(sign(key, userId, timestamp)) + ",\"displayName\":" + quote(displayName) + "}");
    }
}
