package dev.focal.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.focal.IntegrationTest;
import dev.focal.catalog.CatalogExceptions.InvalidImage;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/** Product images on real PostgreSQL and the real file system (under target/test-data). */
@IntegrationTest
@WithMockUser(username = "catalog-admin", roles = "ADMIN")
class ProductMediaIntegrationTest {

    @Autowired
    Catalog catalog;
    @Autowired
    ProductMedia media;
    @Value("${focal.data-dir}")
    String dataDir;

    static byte[] image(String format, int width, int height) throws IOException {
        var image = new BufferedImage(width, height, format.equals("png") ? BufferedImage.TYPE_INT_ARGB
                : BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(30, 90, 160));
        g.fillRect(0, 0, width / 2, height);
        g.dispose();
        var out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }

    static BufferedImage decode(StoredImage stored) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(stored.bytes()));
    }

    Path productDir(ProductId id) {
        return Path.of(dataDir, "media", id.toString());
    }

    List<String> files(ProductId id) throws IOException {
        if (!Files.isDirectory(productDir(id))) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(productDir(id))) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void a_valid_png_is_stored_with_its_original_and_every_scaled_width() throws IOException {
        var id = catalog.create(CatalogFixtures.frame(CatalogFixtures.code("IMG")));
        long version = catalog.get(id).version();

        var mediaId = media.upload(id, "tor", "Tortoise, front", "front.png", "image/png", image("png", 1600, 900));

        var details = catalog.get(id);
        assertThat(details.media()).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo(mediaId.toString());
            assertThat(m.colourCode()).isEqualTo("TOR");
            assertThat(m.alt()).isEqualTo("Tortoise, front");
            assertThat(m.width()).isEqualTo(1600);
            assertThat(m.height()).isEqualTo(900);
        });
        assertThat(details.version()).as("the product is touched").isGreaterThan(version);
        assertThat(files(id)).containsExactlyInAnyOrder(mediaId + "-original.png", mediaId + "-thumb.jpg",
                mediaId + "-list.jpg", mediaId + "-detail.jpg");
        for (MediaSize size : MediaSize.values()) {
            var stored = media.read(mediaId, size).orElseThrow();
            assertThat(stored.contentType()).isEqualTo("image/jpeg");
            var scaled = decode(stored);
            assertThat(scaled.getWidth()).isEqualTo(size.width());
            assertThat(scaled.getHeight()).isEqualTo(Math.round(900 * size.width() / 1600f));
        }
    }

    @Test
    void a_small_jpeg_is_never_scaled_up() throws IOException {
        var id = catalog.create(CatalogFixtures.frame(CatalogFixtures.code("IMG")));

        var mediaId = media.upload(id, null, null, "side.jpg", "image/jpeg", image("jpg", 300, 240));

        assertThat(decode(media.read(mediaId, MediaSize.THUMB).orElseThrow()).getWidth()).isEqualTo(160);
        assertThat(decode(media.read(mediaId, MediaSize.LIST).orElseThrow()).getWidth()).isEqualTo(300);
        assertThat(decode(media.read(mediaId, MediaSize.DETAIL).orElseThrow()).getWidth()).isEqualTo(300);
        assertThat(catalog.get(id).media().getFirst().alt()).as("alt defaults to the product").startsWith("Lumen Model");
    }

    @Test
    void a_file_that_is_not_a_jpeg_or_png_is_refused_whatever_it_claims_and_nothing_is_stored() throws IOException {
        var id = catalog.create(CatalogFixtures.frame(CatalogFixtures.code("IMG")));

        assertThatThrownBy(() -> media.upload(id, null, null, "photo.jpg", "image/jpeg", image("gif", 400, 400)))
                .isInstanceOf(InvalidImage.class)
                .hasMessageStartingWith("photo.jpg is not a JPEG");
        assertThatThrownBy(() -> media.upload(id, null, null, "notes.png", "image/png",
                "just some text".getBytes())).isInstanceOf(InvalidImage.class);
        byte[] broken = image("jpg", 400, 400);
        java.util.Arrays.fill(broken, 20, broken.length, (byte) 0);
        assertThatThrownBy(() -> media.upload(id, null, null, "broken.jpg", "image/jpeg", broken))
                .isInstanceOf(InvalidImage.class).hasMessageContaining("cannot be read");

        assertThat(catalog.get(id).media()).isEmpty();
        assertThat(files(id)).isEmpty();
    }

    @Test
    void an_image_too_small_or_too_big_is_refused_with_its_measurements() throws IOException {
        var id = catalog.create(CatalogFixtures.frame(CatalogFixtures.code("IMG")));

        assertThatThrownBy(() -> media.upload(id, null, null, "tiny.png", "image/png", image("png", 150, 300)))
                .isInstanceOf(InvalidImage.class)
                .hasMessage("The image is 150 x 300 px; it must be at least 200 x 200 px.");
        byte[] huge = new byte[ProductMedia.MAX_BYTES + 1];
        huge[0] = (byte) 0xFF;
        huge[1] = (byte) 0xD8;
        huge[2] = (byte) 0xFF;
        assertThatThrownBy(() -> media.upload(id, null, null, "huge.jpg", "image/jpeg", huge))
                .isInstanceOf(InvalidImage.class).hasMessageContaining("at most 8 MB");
        assertThatThrownBy(() -> media.upload(id, "RED", null, "red.png", "image/png", image("png", 300, 300)))
                .isInstanceOf(InvalidImage.class).hasMessage("The product has no colour RED.");
        assertThat(files(id)).isEmpty();
    }

    @Test
    void images_are_reordered_and_deleted_with_their_files() throws IOException {
        var id = catalog.create(CatalogFixtures.frame(CatalogFixtures.code("IMG")));
        var first = media.upload(id, null, "one", "1.png", "image/png", image("png", 400, 300));
        var second = media.upload(id, null, "two", "2.png", "image/png", image("png", 400, 300));

        media.reorder(id, List.of(second, first));
        assertThat(catalog.get(id).media()).extracting(ProductDetails.Media::alt).containsExactly("two", "one");
        assertThatThrownBy(() -> media.reorder(id, List.of(second))).isInstanceOf(InvalidImage.class);

        media.delete(second);
        assertThat(catalog.get(id).media()).extracting(ProductDetails.Media::alt).containsExactly("one");
        assertThat(files(id)).noneMatch(f -> f.startsWith(second.toString()));
        assertThat(media.read(second, MediaSize.THUMB)).isEmpty();
    }

    @Test
    void the_public_sees_images_of_active_products_only() throws IOException {
        var id = catalog.create(CatalogFixtures.frame(CatalogFixtures.code("IMG")));
        var mediaId = media.upload(id, null, null, "1.png", "image/png", image("png", 400, 300));
        var staff = SecurityContextHolder.getContext().getAuthentication();
        try {
            SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymous",
                    AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
            assertThat(media.read(mediaId, MediaSize.LIST)).as("draft product").isEmpty();
            assertThatThrownBy(() -> media.upload(id, null, null, "1.png", "image/png", image("png", 400, 300)))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(staff);
        }
        catalog.changeStatus(id, catalog.get(id).version(), ProductStatus.ACTIVE);
        try {
            SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymous",
                    AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
            assertThat(media.read(mediaId, MediaSize.LIST)).as("active product").isPresent();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(staff);
        }
    }
}
