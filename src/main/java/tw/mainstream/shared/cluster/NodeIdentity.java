package tw.mainstream.shared.cluster;

import java.net.InetAddress;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** This process among the nodes: host name and a random suffix, new on every start. */
@Component
public class NodeIdentity {

    private final String id;

    NodeIdentity() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "node";
        }
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        this.id = (host.length() > 50 ? host.substring(0, 50) : host) + "-" + suffix;
    }

    public String id() {
        return id;
    }
}
