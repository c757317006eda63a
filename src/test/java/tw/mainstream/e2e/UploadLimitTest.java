package tw.mainstream.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A 2 GB upload streamed to the real server is refused by the multipart size limit (20 MB) with a
 * 413 in zh-TW; the server stops reading long before the end, so nothing near 2 GB is ever held.
 */
class UploadLimitTest extends BrowserTest {

    static final long TWO_GB = 2L * 1024 * 1024 * 1024;

    @Test
    void twoGigabyteUploadIsRefusedBySizeLimit() throws Exception {
        String boundary = "----mainstream";
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n";
        AtomicLong sent = new AtomicLong();
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            String auth = Base64.getEncoder().encodeToString("demo-secretariat:demo".getBytes(StandardCharsets.UTF_8));
            out.write(("POST /api/v1/statistics/tables/1/imports HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Basic " + auth + "\r\nAccept-Language: zh-TW\r\nAccept: application/json\r\n"
                    + "Content-Type: multipart/form-data; boundary=" + boundary + "\r\n"
                    + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            Thread writer = new Thread(() -> stream(out, head, sent));
            writer.setDaemon(true);
            writer.start();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String status = in.readLine();
            StringBuilder response = new StringBuilder();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                response.append(line).append('\n');
            }
            assertThat(status).contains("413");
            assertThat(response).contains("20 MB");
        }
        assertThat(sent.get()).isLessThan(TWO_GB / 4);
    }

    private static void stream(OutputStream out, String head, AtomicLong sent) {
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, (byte) 'x');
        try {
            chunk(out, head.getBytes(StandardCharsets.UTF_8));
            while (sent.get() < TWO_GB) {
                chunk(out, chunk);
                sent.addAndGet(chunk.length);
            }
        } catch (IOException refused) {
            // the server closed the connection after refusing the upload
        }
    }

    private static void chunk(OutputStream out, byte[] data) throws IOException {
        out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(data);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
}
