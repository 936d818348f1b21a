package dev.focal.pricing;

import dev.focal.pricing.PricingExceptions.NoActivePriceList;
import dev.focal.pricing.PricingExceptions.PriceListCodeTaken;
import dev.focal.pricing.PricingExceptions.PriceListNotFound;
import dev.focal.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Price lists, their prices and tax rates; and quotes through {@link PriceCalculator} from the list valid for
 * the request's channel and currency. Prices are public; changing them is for admins.
 */
@Service
@Transactional(readOnly = true)
public class PriceLists {

    private final PriceListRepository lists;
    private final PriceRows rows;
    private final PriceCalculator calculator = new PriceCalculator();

    PriceLists(PriceListRepository lists, PriceRows rows) {
        this.lists = lists;
        this.rows = rows;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'BUYER')")
    public Page<PriceListSummary> find(Pageable pageable) {
        Pageable sorted = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("code"));
        return lists.findAll(sorted).map(PriceList::toSummary);
    }

    /**
     * @throws IllegalArgumentException for a malformed code, name, currency or validity
     * @throws PriceListCodeTaken when the code is in use
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
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

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void setItemPrice(PriceListId id, String sku, Money price) {
        PriceList list = checked(id, price);
        rows.putItem(list.id().value(), requireKey(sku, "SKU"), price.amount());
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void setLensPrice(PriceListId id, String lensProductId, String index, Money price) {
        PriceList list = checked(id, price);
        rows.putLens(list.id().value(), requireKey(lensProductId, "lens product"), requireKey(index, "index"),
                price.amount());
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void setCoatingPrice(PriceListId id, String lensProductId, String coating, Money price) {
        PriceList list = checked(id, price);
        rows.putCoating(list.id().value(), requireKey(lensProductId, "lens product"), requireKey(coating, "coating"),
                price.amount());
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void setTaxRate(TaxRate rate) {
        rows.putTaxRate(new TaxRate(requireKey(rate.taxClass(), "tax class"), requireKey(rate.region(), "region"),
                rate.percent()));
    }

    /** The price book valid for a channel and currency at a moment: the most recently started list. */
    @PreAuthorize("permitAll()")
    public Optional<PriceBook> bookFor(Channel channel, String currency, Instant at) {
        return lists.validAt(channel, PriceList.currency(currency).getCurrencyCode(), at, PageRequest.of(0, 1))
                .stream().findFirst().map(list -> (PriceBook) new StoredPriceBook(list, rows));
    }

    /**
     * Prices a request with the valid list for its channel and the given currency, the tax rates of its
     * region and the given promotions and coupons (stored promotions come with their own screens).
     *
     * @throws NoActivePriceList when no list is valid
     * @throws NoPriceException when a line has no price in that list
     */
    @PreAuthorize("permitAll()")
    public PriceQuote quote(PricingRequest request, String currency, List<Promotion> promotions, List<Coupon> coupons,
                            List<RxSurcharge> surcharges) {
        PriceBook book = bookFor(request.channel(), currency, request.at())
                .orElseThrow(() -> new NoActivePriceList(request.channel(), currency, request.at()));
        return calculator.calculate(request, book,
                new PricingRules(promotions, coupons, surcharges, rows.taxRates(request.region())));
    }

    private PriceList checked(PriceListId id, Money price) {
        PriceList list = lists.findById(id.value()).orElseThrow(() -> new PriceListNotFound(id));
        if (!price.currency().equals(list.currency())) {
            throw new IllegalArgumentException("This price list is in " + list.currency().getCurrencyCode()
                    + "; enter the price in " + list.currency().getCurrencyCode() + ".");
        }
        if (price.isNegative()) {
            throw new IllegalArgumentException("A price cannot be negative.");
        }
        return list;
    }

    private static String requireKey(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Enter the " + what + ".");
        }
        String key = value.strip();
        if (key.length() > 64) {
            throw new IllegalArgumentException("The " + what + " is longer than 64 characters.");
        }
        return key;
    }
}
