package tw.mainstream.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The outside tools tests run as processes: the npm packages of {@code src/test/node} (Redocly's
 * linter, the TypeScript compiler, the Nu HTML Checker's jar; installed by {@code npm ci} on first
 * use, offline after), and the jars Maven copies to {@code target/tools} (openapi-generator's CLI,
 * the ODF Toolkit validator).
 */
public final class ExternalTools {

    static final Path NODE = Path.of("src/test/node");

    /** Exit code, standard output, and both streams for failure messages. */
    public record Result(int exit, String stdout, String output) {
    }

    private ExternalTools() {
    }

    /** An executable of node_modules/.bin. */
    public static Path bin(String name) throws IOException, InterruptedException {
        return nodeModule(Path.of(".bin", name));
    }

    /** A file inside src/test/node/node_modules, installing the packages first when it is missing. */
    public static Path nodeModule(Path file) throws IOException, InterruptedException {
        Path tool = NODE.resolve("node_modules").resolve(file);
        if (!Files.exists(tool)) {
            Result install = run(NODE, 600, "npm", "ci", "--no-audit", "--no-fund");
            if (install.exit() != 0) {
                throw new IllegalStateException("npm ci failed:\n" + install.output());
            }
        }
        return tool.toAbsolutePath();
    }

    /** A jar that the build copies to target/tools (maven-dependency-plugin, generate-test-resources). */
    public static Path jar(String name) {
        Path jar = Path.of("target/tools").resolve(name);
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: run mvn generate-test-resources (the test phase does)");
        }
        return jar.toAbsolutePath();
    }

    public static Result run(Path dir, int timeoutSeconds, String... command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("external-tool", ".out");
        Path err = Files.createTempFile("external-tool", ".err");
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
