package tw.mainstream.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tw.mainstream.support.IntegrationTest;
import tw.mainstream.support.TestUsers;

/**
 * Oversize bodies over a real connection, where the container reads them: a form or JSON body sent
 * in chunks (no Content-Length) over the 2 MB limit, and a multipart upload over the 20 MB file
 * limit, answer 413 with a message and log no error; a chunked body under the limit still works.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ChunkedOversizeTest extends IntegrationTest {
    static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("demo-secretariat:demo".getBytes());

    @LocalServerPort int port;
    @Autowired TestUsers users;

    record Answer(int status, String text) {
    }

    @Test
    void chunkedFormsAndJsonOverTheLimitAre413WithoutStackTraces(CapturedOutput log) throws Exception {
        byte[] form = ("name=" + "x".repeat(3 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8);
        byte[] json = ("{\"name\":\"" + "x".repeat(3 * 1024 * 1024) + "\",\"men\":1,\"women\":1}")
                .getBytes(StandardCharsets.UTF_8);
        for (String path : new String[] {"/committees", "/api/v1/committees"}) {
            Answer a = chunked("POST", path, "application/x-www-form-urlencoded", form);
            assertThat(a.status()).as("form to " + path).isEqualTo(413);
            assertThat(a.text()).contains("表單");
        }
        Answer a = chunked("POST", "/api/v1/committees", "application/json", json);
        assertThat(a.status()).isEqualTo(413);
        assertThat(a.text()).contains("\"code\":\"error.formTooLarge\"");
        assertThat(log.getAll()).doesNotContain(" ERROR ").doesNotContain("Exception");
    }

    @Test
    void chunkedBodiesUnderTheLimitStillArrive() throws Exception {
        String name = "分塊委員會" + System.nanoTime();
        long agency = users.current("demo-secretariat").agencyId();
        Answer json = chunked("POST", "/api/v1/committees", "application/json", ("{\"agencyId\":" + agency
                + ",\"name\":\"" + name + "\",\"men\":2,\"women\":3,\"other\":0}").getBytes(StandardCharsets.UTF_8));
        assertThat(json.status()).as(json.text()).isEqualTo(201);
        assertThat(json.text()).contains(name);
        // a chunked form's parameters are read from the buffered body, in UTF-8
        String formName = name + "表單";
        Answer form = chunked("POST", "/committees", "application/x-www-form-urlencoded", ("agencyId=" + agency
                + "&name=" + URLEncoder.encode(formName, StandardCharsets.UTF_8) + "&women=2&men=2&other=0")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(form.status()).as(form.text()).isEqualTo(302);
        assertThat(send("GET", "/api/v1/committees", "application/json", new byte[0], false).text()).contains(formName);
    }

    @Test
    void multipartUploadOverTheLimitIs413WithoutStackTraces(CapturedOutput log) throws Exception {
        String boundary = "----mainstream" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] row = "112,男,1\n".getBytes(StandardCharsets.UTF_8);
        while (body.size() < 21 * 1024 * 1024) {
            body.write(row);
        }
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        for (boolean chunks : new boolean[] {false, true}) {
            Answer a = send("POST", "/api/v1/statistics/tables/1/imports", "multipart/form-data; boundary=" + boundary,
                    body.toByteArray(), chunks);
            assertThat(a.status()).as("chunked " + chunks).isEqualTo(413);
            assertThat(a.text()).contains("\"status\":413");
        }
        assertThat(log.getAll()).doesNotContain(" ERROR ").doesNotContain("Exception");
    }

    private Answer chunked(String method, String path, String type, byte[] body) throws IOException {
        return send(method, path, type, body, true);
    }

    /** One request over a raw socket (the body written beside the reading, as a server may answer early). */
    private Answer send(String method, String path, String type, byte[] body, boolean chunks) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            String head = method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAuthorization: " + AUTH
                    + "\r\nAccept-Language: zh-TW\r\nAccept: application/json, text/html\r\nContent-Type: " + type
                    + "\r\nConnection: close\r\n" + (chunks ? "Transfer-Encoding: chunked\r\n"
                    : "Content-Length: " + body.length + "\r\n") + "\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            Thread writer = new Thread(() -> write(out, body, chunks));
            writer.start();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    answer.write(buffer, 0, n);
                }
            } catch (SocketTimeoutException | java.net.SocketException e) {
                // the server closed the connection while the rest of the body was on its way
            }
            String text = answer.toString(StandardCharsets.UTF_8);
            assertThat(text).as("answer to " + path).startsWith("HTTP/1.1 ");
            return new Answer(Integer.parseInt(text.substring(9, 12)), text);
        }
    }

    private static void write(OutputStream out, byte[] body, boolean chunks) {
        try {
            int size = 64 * 1024;
            for (int off = 0; off < body.length; off += size) {
                int n = Math.min(size, body.length - off);
                if (chunks) {
                    out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                }
                out.write(body, off, n);
                if (chunks) {
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
            }
            if (chunks) {
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.flush();
        } catch (IOException e) {
            // the server answered and closed before the whole body was sent
        }
    }
}
