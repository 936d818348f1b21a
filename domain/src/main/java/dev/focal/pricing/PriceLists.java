package dev.focal.pricing;

import dev.focal.pricing.PricingExceptions.ChangedBySomeoneElse;
import dev.focal.pricing.PricingExceptions.InvalidPrice;
import dev.focal.pricing.PricingExceptions.InvalidTaxRate;
import dev.focal.pricing.PricingExceptions.NoActivePriceList;
import dev.focal.pricing.PricingExceptions.PriceListCodeTaken;
import dev.focal.pricing.PricingExceptions.PriceListNotFound;
import dev.focal.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Price lists, their prices and tax rates; and quotes through {@link PriceCalculator} from the list valid for
 * the request's channel and currency. Quoting is public; reading lists is for admins, buyers and associates;
 * changing them is for admins. Every price write publishes {@link PricesChanged} in its transaction.
 */
@Service
@Transactional(readOnly = true)
public class PriceLists {

    private final PriceListRepository lists;
    private final PriceRows rows;
    private final PricingRuleStore rules;
    private final ApplicationEventPublisher events;
    private final PriceCalculator calculator = new PriceCalculator();

    PriceLists(PriceListRepository lists, PriceRows rows, PricingRuleStore rules, ApplicationEventPublisher events) {
        this.lists = lists;
        this.rows = rows;
        this.rules = rules;
        this.events = events;
    }

    @PreAuthorize(PricingAccess.READERS)
    public Page<PriceListSummary> find(Pageable pageable) {
        Pageable sorted = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("code"));
        return lists.findAll(sorted).map(PriceList::toSummary);
    }

    @PreAuthorize(PricingAccess.READERS)
    public long count() {
        return lists.count();
    }

    @PreAuthorize(PricingAccess.READERS)
    public PriceListSummary get(PriceListId id) {
        return load(id).toSummary();
    }

    /**
     * @throws InvalidPrice naming the field for a malformed code, name, currency or validity
     * @throws PriceListCodeTaken when the code is in use
     */
    @Transactional
    @PreAuthorize(PricingAccess.EDITORS)
    public PriceListId create(CreatePriceList command) {
        PriceList list = new PriceList(command);
        if (lists.existsByCode(list.code())) {
            throw new PriceListCodeTaken(list.code());
        }
        try {
            lists.saveAndFlush(list);
        } catch (DataIntegrityViolationException raced) {
            throw new PriceListCodeTaken(list.code());
        }
        return list.id();
    }

    /**
     * Renames a list or moves its validity when nobody saved it since {@code version} was read. Code, channel,
     * currency and net/gross are fixed at creation (prices depend on them).
     *
     * @throws ChangedBySomeoneElse when it was saved in between (nothing is written)
     * @throws InvalidPrice naming the field of the problem
     */
    @Transactional
    @PreAuthorize(PricingAccess.EDITORS)
    public void update(PriceListId id, long version, String name, Instant validFrom, @Nullable Instant validTo) {
        PriceList list = load(id);
        if (list.version() != version) {
            throw new ChangedBySomeoneElse("Price list " + list.code());
        }
        list.change(name, validFrom, validTo);
        try {
            lists.saveAndFlush(list);
        } catch (ObjectOptimisticLockingFailureException raced) {
            throw new ChangedBySomeoneElse("Price list " + list.code());
        }
    }

    /** @throws InvalidPrice at {@code sku} or {@code price} */
    @Transactional
    @PreAuthorize(PricingAccess.EDITORS)
    public void setItemPrice(PriceListId id, String sku, Money price) {
        PriceList list = checked(id, price);
        String key = sku(sku);
        rows.putItem(list.id().value(), key, price.amount());
        events.publishEvent(new PricesChanged(list.code(), list.channel(), Set.of(key), Set.of()));
    }

    /**
     * Sets many item prices at once (an import or a price round): all are checked first, then written in one
     * statement; one {@link PricesChanged} names them all.
     *
     * @throws InvalidPrice at {@code sku} or {@code price}, the message naming the SKU; nothing is written
     */
    @Transactional
    @PreAuthorize(PricingAccess.EDITORS)
    public void setItemPrices(PriceListId id, Map<String, Money> prices) {
        PriceList list = load(id);
        var amounts = new HashMap<String, BigDecimal>();
        for (var entry : prices.entrySet()) {
            String key = sku(entry.getKey());
            try {
                checkPrice(list, entry.getValue());
            } catch (InvalidPrice bad) {
                throw new InvalidPrice("price", key + ": " + bad.getMessage());
            }
            if (amounts.put(key, entry.getValue().amount()) != null) {
                throw new InvalidPrice("sku", "The SKU " + key + " appears twice.");
            }
        }
        if (amounts.isEmpty()) {
            return;
        }
        rows.putItems(list.id().value(), amounts);
        events.publishEvent(new PricesChanged(list.code(), list.channel(), amounts.keySet(), Set.of()));
    }

    @Transactional
    @PreAuthorize(PricingAccess.EDITORS)
    public void removeItemPrice(PriceListId id, String sku) {
        PriceList list = load(id);
        String key = sku(sku);
        if (rows.deleteItem(list.id().value(), key)) {
            events.publishEvent(new PricesChanged(list.code(), list.channel(), Set.of(key), Set.of()));
        }
    }

    /** @throws InvalidPrice at {@code lensProductId}, {@code index} or {@code price} */
    @Transactional
    @PreAuthorize(PricingAccess.EDITORS)
    public void setLensPrice(PriceListId id, String lensProductId, String index, Money price) {
        PriceList list = checked(id, price);
        String product = productCode(lensProductId);
        rows.putLens(list.id().value(), product, requireKey(index, "index", "index"), price.amount());
        events.publishEvent(new PricesChanged(list.code(), list.channel(), Set.of(), Set.of(product)));
    }

    @Transactional
    @PreAuthorize(PricingAccess.EDITORS)
    public void removeLensPrice(PriceListId id, String lensProductId, String index) {
        PriceList list = load(id);
        String product = productCode(lensProductId);
        if (rows.deleteLens(list.id().value(), product, requireKey(index, "index", "index"))) {
            events.publishEvent(new PricesChanged(list.code(), list.channel(), Set.of(), Set.of(product)));
        }
    }

    /** @throws InvalidPrice at {@code lensProductId}, {@code coating} or {@code price} */
    @Transactional
    @PreAuthorize(PricingAccess.EDITORS)
    public void setCoatingPrice(PriceListId id, String lensProductId, String coating, Money price) {
        PriceList list = checked(id, price);
        String product = productCode(lensProductId);
        rows.putCoating(list.id().value(), product, requireKey(coating, "coating", "coating"), price.amount());
        events.publishEvent(new PricesChanged(list.code(), list.channel(), Set.of(), Set.of(product)));
    }

    @Transactional
    @PreAuthorize(PricingAccess.EDITORS)
    public void removeCoatingPrice(PriceListId id, String lensProductId, String coating) {
        PriceList list = load(id);
        String product = productCode(lensProductId);
        if (rows.deleteCoating(list.id().value(), product, requireKey(coating, "coating", "coating"))) {
            events.publishEvent(new PricesChanged(list.code(), list.channel(), Set.of(), Set.of(product)));
        }
    }

    /** Item prices of a list, by SKU, optionally only SKUs containing {@code skuText}. */
    @PreAuthorize(PricingAccess.READERS)
    public List<ItemPrice> itemPrices(PriceListId id, @Nullable String skuText, Pageable pageable) {
        PriceList list = load(id);
        return rows.items(list.id().value(), list.currency(), skuText, pageable.getOffset(), pageable.getPageSize());
    }

    @PreAuthorize(PricingAccess.READERS)
    public long countItemPrices(PriceListId id, @Nullable String skuText) {
        return rows.countItems(id.value(), skuText);
    }

    @PreAuthorize(PricingAccess.READERS)
    public List<LensPrice> lensPrices(PriceListId id, Pageable pageable) {
        PriceList list = load(id);
        return rows.lenses(list.id().value(), list.currency(), pageable.getOffset(), pageable.getPageSize());
    }

    @PreAuthorize(PricingAccess.READERS)
    public long countLensPrices(PriceListId id) {
        return rows.countLenses(id.value());
    }

    @PreAuthorize(PricingAccess.READERS)
    public List<CoatingPrice> coatingPrices(PriceListId id, Pageable pageable) {
        PriceList list = load(id);
        return rows.coatings(list.id().value(), list.currency(), pageable.getOffset(), pageable.getPageSize());
    }

    @PreAuthorize(PricingAccess.READERS)
    public long countCoatingPrices(PriceListId id) {
        return rows.countCoatings(id.value());
    }

    /** Sets the rate of a tax class in a region (both stored as entered, stripped). */
    @Transactional
    @PreAuthorize(PricingAccess.EDITORS)
    public void setTaxRate(TaxRate rate) {
        var checked = new TaxRate(requireKey(rate.taxClass(), "tax class", "taxClass"),
                requireKey(rate.region(), "region", "region"), rate.percent());
        rows.putTaxRate(checked);
        events.publishEvent(new TaxRatesChanged(checked.taxClass(), checked.region()));
    }

    @Transactional
    @PreAuthorize(PricingAccess.EDITORS)
    public void removeTaxRate(String taxClass, String region) {
        rows.deleteTaxRate(taxClass, region);
        events.publishEvent(new TaxRatesChanged(taxClass, region));
    }

    /** Tax rates by region and class, optionally only those whose class or region contains {@code text}. */
    @PreAuthorize(PricingAccess.READERS)
    public List<TaxRate> taxRates(@Nullable String text, Pageable pageable) {
        return rows.taxRates(text, pageable.getOffset(), pageable.getPageSize());
    }

    @PreAuthorize(PricingAccess.READERS)
    public long countTaxRates(@Nullable String text) {
        return rows.countTaxRates(text);
    }

    /** The price book valid for a channel and currency at a moment: the most recently started list. */
    @PreAuthorize("permitAll()")
    public Optional<PriceBook> bookFor(Channel channel, String currency, Instant at) {
        return lists.validAt(channel, PriceList.currency(currency).getCurrencyCode(), at, PageRequest.of(0, 1))
                .stream().findFirst().map(list -> (PriceBook) new StoredPriceBook(list, rows));
    }

    /**
     * Prices a request with the stored rules: the list valid for its channel and the currency, the enabled
     * promotions not ended at {@code request.at()}, the coupons entered (with their redemptions in total and by
     * {@code request.customerId()}), the Rx surcharges in that currency and the tax rates of the region. This is
     * what the storefront, checkout, API and the backoffice preview call.
     *
     * @throws NoActivePriceList when no list is valid
     * @throws NoPriceException when a line has no price in that list
     */
    @PreAuthorize("permitAll()")
    public PriceQuote quote(PricingRequest request, String currency) {
        PriceBook book = book(request, currency);
        var promotions = rules.enabledPromotions(request.at()).stream()
                .map(p -> PromotionRules.toPromotion(p.draft())).toList();
        var codes = request.couponCodes().stream().map(Coupons::normal).filter(c -> !c.isEmpty()).toList();
        return calculator.calculate(request, book, new PricingRules(promotions,
                rules.couponsForQuote(codes, request.customerId()),
                rules.surchargesIn(book.currency().getCurrencyCode()), rows.taxRates(request.region())));
    }

    /**
     * Prices a request with the valid stored list and the tax rates of its region, but with the given
     * promotions, coupons and surcharges instead of the stored ones (tests, what-if previews).
     *
     * @throws NoActivePriceList when no list is valid
     * @throws NoPriceException when a line has no price in that list
     */
    @PreAuthorize("permitAll()")
    public PriceQuote quote(PricingRequest request, String currency, List<Promotion> promotions, List<Coupon> coupons,
                            List<RxSurcharge> surcharges) {
        return calculator.calculate(request, book(request, currency),
                new PricingRules(promotions, coupons, surcharges, rows.taxRates(request.region())));
    }

    private PriceBook book(PricingRequest request, String currency) {
        return bookFor(request.channel(), currency, request.at())
                .orElseThrow(() -> new NoActivePriceList(request.channel(), currency, request.at()));
    }

    private PriceList load(PriceListId id) {
        return lists.findById(id.value()).orElseThrow(() -> new PriceListNotFound(id));
    }

    private PriceList checked(PriceListId id, Money price) {
        PriceList list = load(id);
        checkPrice(list, price);
        return list;
    }

    private static void checkPrice(PriceList list, Money price) {
        if (price == null) {
            throw new InvalidPrice("price", "Enter a price.");
        }
        if (!price.currency().equals(list.currency())) {
            throw new InvalidPrice("price", "This price list is in " + list.currency().getCurrencyCode()
                    + "; enter the price in " + list.currency().getCurrencyCode() + ".");
        }
        if (price.isNegative()) {
            throw new InvalidPrice("price", "A price cannot be negative.");
        }
        if (price.amount().precision() - price.amount().scale() > 10) {
            throw new InvalidPrice("price", "A price has at most ten digits before the point.");
        }
    }

    /** SKUs are stored upper-case, as the catalog keeps them. */
    private static String sku(String sku) {
        return requireKey(sku, "SKU", "sku").toUpperCase(Locale.ROOT);
    }

    /** Lens products are named by their catalog product code, upper-case. */
    private static String productCode(String code) {
        return requireKey(code, "lens product", "lensProductId").toUpperCase(Locale.ROOT);
    }

    private static String requireKey(String value, String what, String field) {
        if (value == null || value.isBlank()) {
            if (field.equals("taxClass") || field.equals("region")) {
                throw new InvalidTaxRate(field, "Enter the " + what + ".");
            }
            throw new InvalidPrice(field, "Enter the " + what + ".");
        }
        String key = value.strip();
        if (key.length() > 64) {
            if (field.equals("taxClass") || field.equals("region")) {
                throw new InvalidTaxRate(field, "The " + what + " is longer than 64 characters.");
            }
            throw new InvalidPrice(field, "The " + what + " is longer than 64 characters.");
        }
        return key;
    }
}
