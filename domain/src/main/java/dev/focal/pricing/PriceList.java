package dev.focal.pricing;

import dev.focal.pricing.PricingExceptions.InvalidPrice;
import dev.focal.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Currency;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A price list header. Its prices live in their own tables (a store's list holds thousands of SKUs) and are
 * written only through {@link PriceLists}, which checks them against this header.
 */
@Entity
@Table(name = "price_list")
class PriceList {

    private static final Pattern CODE = Pattern.compile("^[a-z0-9][a-z0-9-]{1,39}$");

    @Id
    private UUID id;
    @Column(nullable = false, unique = true, updatable = false)
    private String code;
    @Column(nullable = false)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Channel channel;
    @Column(nullable = false, updatable = false)
    private String currency;
    @Column(name = "prices_include_tax", nullable = false, updatable = false)
    private boolean pricesIncludeTax;
    @Column(name = "valid_from", nullable = false)
    private Instant validFrom;
    @Column(name = "valid_to")
    private @Nullable Instant validTo;
    @Version
    private long version;

    protected PriceList() {
    }

    PriceList(CreatePriceList command) {
        String code = command.code() == null ? "" : command.code().strip().toLowerCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new InvalidPrice("code", "Use 2 to 40 lower-case letters, digits or dashes, like web-eur.");
        }
        if (command.channel() == null) {
            throw new InvalidPrice("channel", "Choose the channel the list prices.");
        }
        this.currency = currency(command.currency()).getCurrencyCode();
        this.id = Ids.newId();
        this.code = code;
        this.channel = command.channel();
        this.pricesIncludeTax = command.pricesIncludeTax();
        change(command.name(), command.validFrom(), command.validTo());
    }

    /** Renames the list or moves its validity; channel, currency and net/gross stay as created. */
    void change(String name, Instant validFrom, @Nullable Instant validTo) {
        if (name == null || name.isBlank()) {
            throw new InvalidPrice("name", "Enter a name for the price list.");
        }
        if (name.strip().length() > 200) {
            throw new InvalidPrice("name", "Keep the name to 200 characters.");
        }
        if (validFrom == null) {
            throw new InvalidPrice("validFrom", "Enter when the list starts to apply.");
        }
        if (validTo != null && !validTo.isAfter(validFrom)) {
            throw new InvalidPrice("validTo", "The end must come after the start.");
        }
        this.name = name.strip();
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    long version() {
        return version;
    }

    Channel channel() {
        return channel;
    }

    static Currency currency(String code) {
        try {
            return Currency.getInstance(code == null ? "" : code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidPrice("currency", "Use a three-letter currency code such as EUR or USD.");
        }
    }

    PriceListId id() {
        return new PriceListId(id);
    }

    String code() {
        return code;
    }

    Currency currency() {
        return Currency.getInstance(currency);
    }

    boolean pricesIncludeTax() {
        return pricesIncludeTax;
    }

    PriceListSummary toSummary() {
        return new PriceListSummary(id(), code, name, channel, currency, pricesIncludeTax, validFrom, validTo, version);
    }
}
