package tw.mainstream.importing;

/** One speaker's remarks under an item; {@code speaker} is as printed (吳委員 O 麗, 移民事務組代表) or null. */
public record Remark(String speaker, String text) {
}
