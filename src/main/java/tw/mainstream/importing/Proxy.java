package tw.mainstream.importing;

/** A member who sent someone in their place: 「王委員大明(李小華代)」. */
public record Proxy(String member, String proxy) {
}
