package tw.mainstream.document;

import java.util.Arrays;
import java.util.Set;

/**
 * A picture (PNG or JPEG) with the alternative text read out by screen readers.
 *
 * @param data     the encoded image
 * @param mimeType {@code image/png} or {@code image/jpeg}
 * @param altText  what the picture shows, for readers who cannot see it
 */
public record Image(byte[] data, String mimeType, String altText) implements Block {

    private static final Set<String> TYPES = Set.of("image/png", "image/jpeg");

    public Image {
        if (data == null || data.length == 0) {
            throw new IllegalArgumentException("Image data must not be empty");
        }
        if (!TYPES.contains(mimeType)) {
            throw new IllegalArgumentException("Unsupported image type " + mimeType + "; use PNG or JPEG");
        }
        altText = Texts.required(altText, "Image alternative text");
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    /** File extension without the dot. */
    public String extension() {
        return mimeType.equals("image/png") ? "png" : "jpg";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Image image && Arrays.equals(data, image.data)
                && mimeType.equals(image.mimeType) && altText.equals(image.altText);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(data) + altText.hashCode();
    }

    @Override
    public String toString() {
        return "Image[" + mimeType + ", " + data.length + " bytes, alt=" + altText + "]";
    }
}
