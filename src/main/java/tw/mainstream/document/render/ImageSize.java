package tw.mainstream.document.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import tw.mainstream.document.Image;

/**
 * The printed size of an image in points (96 pixels per inch), scaled down to fit a maximum
 * width. Only the image header is read.
 */
record ImageSize(double widthPt, double heightPt) {

    static ImageSize of(Image image, double maxWidthPt) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image.data()))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IllegalArgumentException("Unreadable image: " + image.altText());
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                double width = reader.getWidth(0) * 0.75;
                double height = reader.getHeight(0) * 0.75;
                double scale = Math.min(1, maxWidthPt / width);
                return new ImageSize(width * scale, height * scale);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("Unreadable image: " + image.altText(), e);
        }
    }
}
