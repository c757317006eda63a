package tw.mainstream.shared.web.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The outside tools the OpenAPI tests run as processes: Redocly's linter and the TypeScript
 * compiler from {@code src/test/node} (installed by {@code npm ci} on first use, offline after),
 * and openapi-generator's CLI jar that Maven copies to {@code target/tools}.
 */
final class ApiTools {

    static final Path NODE = Path.of("src/test/node");
    static final Path GENERATOR = Path.of("target/tools/openapi-generator-cli.jar");

    /** Exit code, standard output, and both streams for failure messages. */
    record Result(int exit, String stdout, String output) {
    }

    private ApiTools() {
    }

    static Path bin(String name) throws IOException, InterruptedException {
        Path tool = NODE.resolve("node_modules/.bin").resolve(name);
        if (!Files.exists(tool)) {
            Result install = run(NODE, 600, "npm", "ci", "--no-audit", "--no-fund");
            if (install.exit() != 0) {
                throw new IllegalStateException("npm ci failed:\n" + install.output());
            }
        }
        return tool.toAbsolutePath();
    }

    static Result run(Path dir, int timeoutSeconds, String... command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("api-tool", ".out");
        Path err = Files.createTempFile("api-tool", ".err");
        Process p = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " took longer than " + timeoutSeconds + " s");
        }
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        Files.delete(out);
        Files.delete(err);
        return new Result(p.exitValue(), stdout, stdout + stderr);
    }
}
