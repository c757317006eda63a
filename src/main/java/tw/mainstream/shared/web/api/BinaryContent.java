package tw.mainstream.shared.web.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an API method whose 200 answer is a file: the OpenAPI document then lists these media
 * types with a binary string schema instead of a base64 string.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface BinaryContent {

    String ODT = "application/vnd.oasis.opendocument.text";
    String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    String PDF = "application/pdf";
    String HTML = "text/html";
    String ICALENDAR = "text/calendar";

    /** The media types the method may answer with. */
    String[] value();
}
