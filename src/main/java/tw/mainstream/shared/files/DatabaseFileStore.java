package tw.mainstream.shared.files;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files in table {@code stored_file} of the application's database (PostgreSQL in a cluster), in
 * the caller's transaction when there is one: a record and its file commit together.
 */
public class DatabaseFileStore implements FileStore {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    public DatabaseFileStore(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
    }

    @Override
    public void put(String key, byte[] content) {
        FileStore.checked(key);
        tx.executeWithoutResult(s -> {
            jdbc.update("delete from stored_file where file_key = ?", key);
            jdbc.update("insert into stored_file (file_key, content, size_bytes, created_at) values (?, ?, ?, ?)",
                    key, content, content.length, OffsetDateTime.now(ZoneOffset.UTC));
        });
    }

    @Override
    public Optional<byte[]> read(String key) {
        FileStore.checked(key);
        return jdbc.query("select content from stored_file where file_key = ?", (rs, n) -> rs.getBytes(1), key)
                .stream().findFirst();
    }

    @Override
    public boolean delete(String key) {
        return jdbc.update("delete from stored_file where file_key = ?", FileStore.checked(key)) > 0;
    }

    @Override
    public List<String> list(String prefix) {
        return jdbc.queryForList("select file_key from stored_file where file_key like ? order by file_key",
                String.class, prefix.replaceAll("[%_\\\\]", "") + "%").stream().filter(k -> k.startsWith(prefix)).toList();
    }
}
