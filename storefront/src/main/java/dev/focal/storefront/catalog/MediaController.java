package dev.focal.storefront.catalog;

import dev.focal.catalog.MediaId;
import dev.focal.catalog.MediaSize;
import dev.focal.catalog.ProductMedia;
import java.time.Duration;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/**
 * Product images at {@code /media/{id}/{thumb|list|detail}.jpg}. An image never changes under its ID (a new
 * upload gets a new one), so responses are cacheable for a year and marked immutable; images of products that
 * are not active are served to staff only.
 */
@Controller
class MediaController {

    private final ProductMedia media;

    MediaController(ProductMedia media) {
        this.media = media;
    }

    @GetMapping("/media/{id}/{size}.jpg")
    ResponseEntity<Resource> image(@PathVariable String id, @PathVariable String size, WebRequest web) {
        MediaId mediaId;
        try {
            mediaId = MediaId.parse(id);
        } catch (IllegalArgumentException e) {
            return ResponseEntity.notFound().build();
        }
        var found = MediaSize.parse(size).flatMap(s -> media.read(mediaId, s));
        if (found.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        var image = found.get();
        if (web.checkNotModified(image.lastModified().toEpochMilli())) {
            return null;
        }
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .lastModified(image.lastModified())
                .contentType(MediaType.parseMediaType(image.contentType()))
                .contentLength(image.length())
                .body(new FileSystemResource(image.path()));
    }
}
