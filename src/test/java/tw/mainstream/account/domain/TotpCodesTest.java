package tw.mainstream.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The test vectors of RFC 6238, appendix B, and the window the sign-in accepts. */
class TotpCodesTest {
    private static final String SEED20 = "12345678901234567890";
    private static final String SEED32 = "12345678901234567890123456789012";
    private static final String SEED64 = "1234567890".repeat(6) + "1234";

    @ParameterizedTest
    @CsvSource({
            "59, 94287082, 46119246, 90693936",
            "1111111109, 07081804, 68084774, 25091201",
            "1111111111, 14050471, 67062674, 99943326",
            "1234567890, 89005924, 91819424, 93441116",
            "2000000000, 69279037, 90698825, 38618901",
            "20000000000, 65353130, 77737706, 47863826"})
    void rfc6238Vectors(long seconds, String sha1, String sha256, String sha512) {
        Instant at = Instant.ofEpochSecond(seconds);
        assertThat(TotpCodes.code(SEED20.getBytes(StandardCharsets.US_ASCII), at, 8, "HmacSHA1")).isEqualTo(sha1);
        assertThat(TotpCodes.code(SEED32.getBytes(StandardCharsets.US_ASCII), at, 8, "HmacSHA256")).isEqualTo(sha256);
        assertThat(TotpCodes.code(SEED64.getBytes(StandardCharsets.US_ASCII), at, 8, "HmacSHA512")).isEqualTo(sha512);
    }

    @Test
    void acceptsTheCurrentAndNeighbouringStepsOnly() {
        String secret = new Base32().encodeToString(SEED20.getBytes(StandardCharsets.US_ASCII));
        Instant now = Instant.ofEpochSecond(1111111111);
        TotpCodes totp = new TotpCodes(Clock.fixed(now, ZoneOffset.UTC));
        String current = TotpCodes.code(SEED20.getBytes(StandardCharsets.US_ASCII), now, 6, "HmacSHA1");
        assertThat(current).isEqualTo("050471");
        assertThat(totp.verify(secret, current)).isTrue();
        assertThat(totp.verify(secret, TotpCodes.code(SEED20.getBytes(StandardCharsets.US_ASCII),
                now.minusSeconds(30), 6, "HmacSHA1"))).isTrue();
        assertThat(totp.verify(secret, TotpCodes.code(SEED20.getBytes(StandardCharsets.US_ASCII),
                now.plusSeconds(120), 6, "HmacSHA1"))).isFalse();
        assertThat(totp.verify(secret, "12345")).isFalse();
        assertThat(totp.verify(secret, null)).isFalse();
        assertThat(totp.newSecret()).matches("[A-Z2-7]{32}");
    }

    @Test
    void otpauthAddressNamesIssuerAndAccount() {
        assertThat(TotpCodes.uri("Mainstream", "demo-admin", "ABC"))
                .isEqualTo("otpauth://totp/Mainstream%3Ademo-admin?secret=ABC&issuer=Mainstream&algorithm=SHA1&digits=6&period=30");
    }
}
