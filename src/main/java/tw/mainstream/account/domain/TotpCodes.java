package tw.mainstream.account.domain;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.springframework.stereotype.Component;

/**
 * Time-based one-time passwords (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits), the codes of the
 * usual authenticator apps. A code of the step before or after is accepted too (clock drift).
 */
@Component
public class TotpCodes {
    private static final Duration STEP = Duration.ofSeconds(30);

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    TotpCodes(Clock clock) {
        this.clock = clock;
    }

    /** A new secret of 160 bits, Base32 as authenticator apps take it. */
    public String newSecret() {
        byte[] key = new byte[20];
        random.nextBytes(key);
        return new Base32().encodeToString(key).replace("=", "");
    }

    public boolean verify(String base32Secret, String code) {
        if (base32Secret == null || code == null || !code.strip().matches("\\d{6}")) {
            return false;
        }
        Instant now = clock.instant();
        for (int step = -1; step <= 1; step++) {
            if (code(base32Secret, now.plus(STEP.multipliedBy(step)), 6, "HmacSHA1").equals(code.strip())) {
                return true;
            }
        }
        return false;
    }

    /** The code of a secret at an instant (RFC 6238 with the given length and HMAC algorithm). */
    static String code(byte[] key, Instant at, int digits, String algorithm) {
        try {
            var generator = new TimeBasedOneTimePasswordGenerator(STEP, digits, algorithm);
            return generator.generateOneTimePasswordString(new SecretKeySpec(key, algorithm), at);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String code(String base32Secret, Instant at, int digits, String algorithm) {
        return code(new Base32().decode(base32Secret), at, digits, algorithm);
    }

    /** The otpauth:// address an authenticator app reads (typed in or as a QR code). */
    public static String uri(String issuer, String username, String secret) {
        String label = URLEncoder.encode(issuer + ":" + username, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer="
                + URLEncoder.encode(issuer, StandardCharsets.UTF_8).replace("+", "%20") + "&algorithm=SHA1&digits=6&period=30";
    }
}
