package dev.focal.catalog;

import dev.focal.catalog.CatalogExceptions.InvalidImage;
import dev.focal.catalog.CatalogExceptions.ProductNotFound;
import dev.focal.shared.Ids;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Product images. An upload is checked by its content (JPEG or PNG; WebP where the JVM has a reader for it),
 * its size (at most {@value #MAX_BYTES_LABEL}, at least {@value #MIN_SIDE} x {@value #MIN_SIDE} px), then kept
 * as the original plus one JPEG per {@link MediaSize} under {@code <data-dir>/media/<productId>/}, never
 * scaled up. Files are written to a temporary name and moved into place; when the database transaction does
 * not commit they are removed again, and a deleted image's files go only after the delete commits. Every
 * change touches the product, so its search document is rewritten and {@link ProductUpdated} published.
 */
@Service
@Transactional(readOnly = true)
public class ProductMedia {

    static final int MAX_BYTES = 8 * 1024 * 1024;
    static final String MAX_BYTES_LABEL = "8 MB";
    static final int MIN_SIDE = 200;
    /** Guards memory against decompression bombs: 36 megapixels (6000 x 6000) decode to 144 MB. */
    static final long MAX_PIXELS = 36_000_000L;
    private static final float JPEG_QUALITY = 0.85f;
    private static final Set<String> STAFF_ROLES = Set.of("ROLE_ADMIN", "ROLE_BUYER", "ROLE_ASSOCIATE",
            "ROLE_OPTICIAN", "ROLE_WAREHOUSE");
    private static final Logger log = LoggerFactory.getLogger(ProductMedia.class);

    private final ProductStore store;
    private final Catalog catalog;
    private final Clock clock;
    private final Path root;

    ProductMedia(ProductStore store, Catalog catalog, Clock clock, @Value("${focal.data-dir}") String dataDir) {
        this.store = store;
        this.catalog = catalog;
        this.clock = clock;
        this.root = Path.of(dataDir, "media").toAbsolutePath().normalize();
    }

    /** The formats accepted, as a user would read them: "JPEG or PNG" or "JPEG, PNG or WebP". */
    public static String acceptedFormats() {
        return webpReadable() ? "JPEG, PNG or WebP" : "JPEG or PNG";
    }

    /**
     * Stores an image of a product, optionally of one of its colours.
     *
     * @param contentType what the browser declared; only logged, the bytes decide
     * @throws InvalidImage when the file is not an image Focal takes, too big or too small
     * @throws ProductNotFound when the product does not exist
     */
    @Transactional
    @PreAuthorize(CatalogAccess.EDITORS)
    public MediaId upload(ProductId productId, @Nullable String colourCode, @Nullable String alt, String filename,
                          @Nullable String contentType, byte[] bytes) {
        var product = store.details(productId.value()).orElseThrow(() -> new ProductNotFound(productId.toString()));
        String colour = colourCode == null || colourCode.isBlank() ? null : colourCode.strip().toUpperCase(Locale.ROOT);
        if (colour != null) {
            FrameSpec frame = product.draft().frame();
            if (frame == null || frame.colours().stream().noneMatch(c -> c.code().equals(colour))) {
                throw new InvalidImage("The product has no colour " + colour + ".");
            }
        }
        String text = alt == null || alt.isBlank() ? product.brand() + " " + product.name() : alt.strip();
        if (text.length() > 200) {
            throw new InvalidImage("Keep the image description under 200 characters.");
        }
        Format format = sniff(filename, bytes);
        log.debug("Upload {} declared as {}, read as {}", filename, contentType, format.contentType);
        BufferedImage image = decode(format, bytes);

        UUID id = Ids.newId();
        Path dir = root.resolve(productId.value().toString());
        var written = new ArrayList<Path>();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    written.forEach(ProductMedia::deleteQuietly);
                }
            }
        });
        try {
            Files.createDirectories(dir);
            written.add(writeAtomically(dir, id + "-original." + format.extension, out -> out.write(bytes)));
            for (MediaSize size : MediaSize.values()) {
                BufferedImage scaled = scale(image, size.width());
                written.add(writeAtomically(dir, fileName(id, size), out -> writeJpeg(scaled, out)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store the image under " + dir, e);
        }
        store.insertMedia(id, productId.value(), colour, text, format.contentType, image.getWidth(), image.getHeight(),
                clock.instant());
        store.touch(productId.value(), clock.instant());
        catalog.changed(productId.value(), List.of());
        return new MediaId(id);
    }

    /** Removes an image; its files go once the removal is committed. */
    @Transactional
    @PreAuthorize(CatalogAccess.EDITORS)
    public void delete(MediaId mediaId) {
        var media = store.media(mediaId.value()).orElseThrow(() -> new ProductNotFound("image " + mediaId));
        store.deleteMedia(mediaId.value());
        store.touch(media.productId(), clock.instant());
        catalog.changed(media.productId(), List.of());
        Path dir = root.resolve(media.productId().toString());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                try (Stream<Path> files = Files.list(dir)) {
                    files.filter(f -> f.getFileName().toString().startsWith(mediaId + "-"))
                            .forEach(ProductMedia::deleteQuietly);
                } catch (IOException e) {
                    log.warn("Could not remove the files of image {}: {}", mediaId, e.toString());
                }
            }
        });
    }

    /**
     * Puts a product's images in this order (the first is the main image).
     *
     * @throws InvalidImage unless {@code order} names every image of the product exactly once
     */
    @Transactional
    @PreAuthorize(CatalogAccess.EDITORS)
    public void reorder(ProductId productId, List<MediaId> order) {
        var current = store.mediaIds(productId.value());
        var given = order.stream().map(MediaId::value).toList();
        if (given.size() != current.size() || !new HashSet<>(given).equals(new HashSet<>(current))) {
            throw new InvalidImage("The new order must list every image of the product once.");
        }
        for (int i = 0; i < given.size(); i++) {
            store.setMediaPosition(given.get(i), i);
        }
        store.touch(productId.value(), clock.instant());
        catalog.changed(productId.value(), List.of());
    }

    /**
     * An image in one of its scaled sizes, for serving. Anybody may read the images of an active product;
     * staff may read any. Empty when there is no such image or the caller may not see it.
     */
    @PreAuthorize("permitAll()")
    public Optional<StoredImage> read(MediaId mediaId, MediaSize size) {
        return store.media(mediaId.value())
                .filter(m -> m.productStatus() == ProductStatus.ACTIVE || callerIsStaff())
                .flatMap(m -> {
                    Path file = root.resolve(m.productId().toString()).resolve(fileName(mediaId.value(), size));
                    try {
                        return Optional.of(new StoredImage(mediaId, file, "image/jpeg", m.createdAt(), Files.size(file)));
                    } catch (IOException missing) {
                        log.warn("Image {} is in the database but its file {} cannot be read", mediaId, file);
                        return Optional.empty();
                    }
                });
    }

    // --- checks ----------------------------------------------------------------------------------------

    private enum Format {
        JPEG("image/jpeg", "jpg", "jpeg"),
        PNG("image/png", "png", "png"),
        WEBP("image/webp", "webp", "webp");

        final String contentType;
        final String extension;
        final String imageIoName;

        Format(String contentType, String extension, String imageIoName) {
            this.contentType = contentType;
            this.extension = extension;
            this.imageIoName = imageIoName;
        }
    }

    /** Decides the format from the file's first bytes; the name and the declared type are not trusted. */
    private static Format sniff(String filename, byte[] bytes) {
        if (bytes.length == 0) {
            throw new InvalidImage(filename + " is empty.");
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidImage(String.format(Locale.ROOT, "%s is %.1f MB; an image may be at most %s.", filename,
                    bytes.length / (1024.0 * 1024.0), MAX_BYTES_LABEL));
        }
        if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
            return Format.JPEG;
        }
        if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Format.PNG;
        }
        if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
            if (webpReadable()) {
                return Format.WEBP;
            }
            throw new InvalidImage(filename + " is a WebP image, which this server cannot read. Save it as JPEG or PNG.");
        }
        throw new InvalidImage(filename + " is not a " + acceptedFormats() + " image.");
    }

    private static BufferedImage decode(Format format, byte[] bytes) {
        var readers = ImageIO.getImageReadersByFormatName(format.imageIoName);
        if (!readers.hasNext()) {
            throw new InvalidImage("This server cannot read " + format.name() + " images.");
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width < MIN_SIDE || height < MIN_SIDE) {
                throw new InvalidImage("The image is " + width + " x " + height + " px; it must be at least "
                        + MIN_SIDE + " x " + MIN_SIDE + " px.");
            }
            if ((long) width * height > MAX_PIXELS) {
                throw new InvalidImage("The image is " + width + " x " + height + " px; it may have at most 36"
                        + " megapixels (6000 x 6000).");
            }
            return reader.read(0);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidImage invalid) {
                throw invalid;
            }
            throw new InvalidImage("The image cannot be read (" + format.name() + " data damaged or in an"
                    + " unsupported variant, such as a CMYK JPEG). Save it again as an RGB " + format.name() + ".");
        } finally {
            reader.dispose();
        }
    }

    static boolean webpReadable() {
        return ImageIO.getImageReadersByFormatName("webp").hasNext();
    }

    private static boolean startsWith(byte[] bytes, int offset, int... expected) {
        if (bytes.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    // --- files -----------------------------------------------------------------------------------------

    static String fileName(UUID mediaId, MediaSize size) {
        return mediaId + "-" + size.name().toLowerCase(Locale.ROOT) + ".jpg";
    }

    private static String fileName(MediaId mediaId, MediaSize size) {
        return fileName(mediaId.value(), size);
    }

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private static Path writeAtomically(Path dir, String name, Writer writer) throws IOException {
        Path target = dir.resolve(name);
        Path temp = Files.createTempFile(dir, ".upload-", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                writer.write(out);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not remove {}: {}", file, e.toString());
        }
    }

    /**
     * An RGB copy at most {@code width} wide (never wider than the original), transparency on white. Halves
     * the image step by step first, because a single bicubic step from a much larger image aliases.
     */
    static BufferedImage scale(BufferedImage source, int width) {
        int targetWidth = Math.min(width, source.getWidth());
        int targetHeight = Math.max(1, Math.round(source.getHeight() * (targetWidth / (float) source.getWidth())));
        BufferedImage current = source;
        while (current.getWidth() / 2 >= targetWidth) {
            current = draw(current, current.getWidth() / 2, Math.max(1, current.getHeight() / 2));
        }
        return draw(current, targetWidth, targetHeight);
    }

    private static BufferedImage draw(BufferedImage source, int width, int height) {
        var target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static void writeJpeg(BufferedImage image, OutputStream out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    private static boolean callerIsStaff() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(STAFF_ROLES::contains);
    }
}
