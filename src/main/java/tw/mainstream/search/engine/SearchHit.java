package tw.mainstream.search.engine;

import tw.mainstream.search.DocumentKind;

import java.time.LocalDate;

/**
 * One result.
 *
 * @param title   plain text (escape it when rendering); the masked title for the public
 * @param snippet safe HTML: the text is escaped and matches are wrapped in {@code <mark>}
 */
public record SearchHit(String id, DocumentKind kind, String title, String snippet, LocalDate date, String url) {
}
