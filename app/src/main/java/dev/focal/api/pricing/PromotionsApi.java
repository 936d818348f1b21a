package dev.focal.api.pricing;

import dev.focal.api.core.ApiInputException;
import dev.focal.pricing.PromotionDetails;
import dev.focal.pricing.PromotionDraft;
import dev.focal.pricing.PromotionFilter;
import dev.focal.pricing.PromotionId;
import dev.focal.pricing.Promotions;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Promotions for staff: list (ADMIN, BUYER, ASSOCIATE) and create (ADMIN). The body of a create is a
 * {@link PromotionDraft}; the same rules as in the backoffice apply and each problem names its field.
 */
@RestController
@RequestMapping("/api/v1/promotions")
class PromotionsApi {

    private final Promotions promotions;

    PromotionsApi(Promotions promotions) {
        this.promotions = promotions;
    }

    @GetMapping
    PromotionPage list(@RequestParam(required = false) @Nullable String q,
                       @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (page < 0) {
            throw new ApiInputException("page", "Pages are counted from 0.");
        }
        if (size < 1 || size > 200) {
            throw new ApiInputException("size", "A page holds 1 to 200 promotions.");
        }
        var filter = new PromotionFilter(q, true);
        return new PromotionPage(promotions.find(filter, PageRequest.of(page, size)), page, size, promotions.count(filter));
    }

    @GetMapping("/{id}")
    PromotionDetails one(@PathVariable String id) {
        try {
            return promotions.get(new PromotionId(UUID.fromString(id)));
        } catch (IllegalArgumentException e) {
            throw new ApiInputException("id", "'" + id + "' is not a promotion ID (a UUID).");
        }
    }

    @PostMapping
    ResponseEntity<PromotionDetails> create(@RequestBody PromotionDraft draft) {
        PromotionId id = promotions.create(draft);
        return ResponseEntity.created(URI.create("/api/v1/promotions/" + id)).body(promotions.get(id));
    }

    record PromotionPage(List<PromotionDetails> items, int page, int size, long total) {
    }
}
