package tw.mainstream.support;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import java.nio.file.Path;

/**
 * A real LDAP server in the test JVM (UnboundID in-memory, as Spring Security's own tests use) loaded
 * with 移民署's directory tree from {@code ldap/nia.ldif}. Started once, on a free port.
 */
public final class DirectoryServer {
    public static final String BASE = "dc=nia,dc=gov,dc=tw";
    public static final String MANAGER_DN = "cn=Directory Manager";
    public static final String MANAGER_PASSWORD = "manager-secret";

    private static InMemoryDirectoryServer server;

    private DirectoryServer() {
    }

    public static synchronized String url() {
        if (server == null) {
            try {
                var config = new InMemoryDirectoryServerConfig(BASE);
                config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
                config.addAdditionalBindCredentials(MANAGER_DN, MANAGER_PASSWORD);
                config.setSchema(null); // Active Directory attributes such as userAccountControl
                server = new InMemoryDirectoryServer(config);
                server.importFromLDIF(true, Path.of("src/test/resources/ldap/nia.ldif").toFile());
                server.startListening();
            } catch (LDAPException e) {
                throw new IllegalStateException(e);
            }
        }
        return "ldap://127.0.0.1:" + server.getListenPort() + "/" + BASE;
    }

    /** Disables a person the way Active Directory does (userAccountControl with ACCOUNTDISABLE). */
    public static void disable(String uid) throws LDAPException {
        server.modify("uid=" + uid + ",ou=people," + BASE,
                new Modification(ModificationType.REPLACE, "userAccountControl", "514"));
    }

    public static void remove(String uid) throws LDAPException {
        server.delete("uid=" + uid + ",ou=people," + BASE);
    }
}
