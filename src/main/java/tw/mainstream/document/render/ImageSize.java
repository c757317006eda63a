package tw.mainstream.document.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import tw.mainstream.document.Image;
import tw.mainstream.document.Paragraph;

/**
 * The printed size of an image in points (96 pixels per inch), scaled down, keeping the aspect
 * ratio, to fit the text area. Only the image header is read.
 */
record ImageSize(double widthPt, double heightPt) {

    /** The tallest a picture may be on an A4 page, leaving room for its paragraph and a heading. */
    static final double MAX_HEIGHT_PT = 220 / 25.4 * 72;

    /**
     * The size of the picture, or empty when its data is not a PNG or JPEG image of the declared
     * type (renderers then keep only its alternative text).
     */
    static Optional<ImageSize> of(Image image, double maxWidthPt) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image.data()))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                if (!image.extension().equals(extension(reader.getFormatName()))) {
                    return Optional.empty();
                }
                reader.setInput(in);
                double width = reader.getWidth(0) * 0.75;
                double height = reader.getHeight(0) * 0.75;
                double scale = Math.min(1, Math.min(maxWidthPt / width, MAX_HEIGHT_PT / height));
                return Optional.of(new ImageSize(width * scale, height * scale));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** What stands in for a picture that cannot be shown: its alternative text. */
    static Paragraph placeholder(Image image) {
        return Paragraph.lead("圖：", image.altText());
    }

    private static String extension(String formatName) {
        String format = formatName.toLowerCase(Locale.ROOT);
        return format.equals("jpeg") || format.equals("jpg") ? "jpg" : format;
    }
}
