package dev.focal.catalog;

import dev.focal.catalog.ContactLensSpec.Modality;
import dev.focal.catalog.FrameSpec.AgeGroup;
import dev.focal.catalog.FrameSpec.Colour;
import dev.focal.catalog.FrameSpec.FaceWidth;
import dev.focal.catalog.FrameSpec.Gender;
import dev.focal.catalog.FrameSpec.Material;
import dev.focal.catalog.FrameSpec.RimType;
import dev.focal.catalog.FrameSpec.Shape;
import dev.focal.catalog.FrameSpec.Size;
import dev.focal.catalog.LensSpec.Availability;
import dev.focal.catalog.LensSpec.CoatingOption;
import dev.focal.catalog.LensSpec.LensType;
import dev.focal.pricing.Channel;
import dev.focal.pricing.CouponDraft;
import dev.focal.pricing.Coupons;
import dev.focal.pricing.Promotion;
import dev.focal.pricing.PromotionDraft;
import dev.focal.pricing.Promotions;
import dev.focal.pricing.RxSurcharge;
import dev.focal.pricing.RxSurchargeDraft;
import dev.focal.pricing.RxSurcharges;
import dev.focal.pricing.CreatePriceList;
import dev.focal.pricing.PriceListId;
import dev.focal.pricing.PriceLists;
import dev.focal.pricing.TaxRate;
import dev.focal.shared.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode: a realistic assortment from fictional brands — 48 frame models (eyeglasses, sunglasses,
 * readers) in several colours and sizes (over 300 SKUs), a lens range over every type and index, contact
 * lenses, accessories and services — with a web and a store price list, German VAT, promotions running now
 * (second pair at half price, a sunglasses sale, free anti-reflective coating), the coupon WELCOME10 and Rx
 * surcharges. Deterministic (a fixed
 * seed), loaded once, in one transaction, through the same services the backoffice uses.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "focal.demo", havingValue = "true")
class CatalogDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CatalogDemoData.class);

    /** Code, name, brand, description, price. */
    static final String[][] ACCESSORIES = {
            {"AC-CASE-HARD", "Hard case", "Oakhaven", "A sturdy hard case with a soft lining.", "14.90"},
            {"AC-CASE-FOLD", "Folding case", "Mono Studio", "A slim folding case that fits any pocket.", "12.90"},
            {"AC-CLEAN-KIT", "Cleaning kit", "Focal", "Lens spray (30 ml) and a microfibre cloth.", "9.90"},
            {"AC-CLOTH", "Microfibre cloth", "Focal", "A large microfibre cloth for streak-free lenses.", "4.90"},
            {"AC-CHAIN", "Glasses chain", "Lumen Atelier", "A fine gold-tone chain to keep your glasses close.", "19.90"},
            {"AC-ANTIFOG", "Anti-fog spray", "Focal", "Keeps lenses clear under masks and in the cold.", "8.90"}};

    /** Code, name, description, price, tax class. */
    static final String[][] SERVICES = {
            {"SV-EYETEST", "Eye test", "A full refraction with our optometrist, about 30 minutes.", "29.00", "EXEMPT"},
            {"SV-ADJUST", "Frame adjustment", "Fit and comfort check of any frame.", "0.00", "STANDARD"},
            {"SV-REPAIR", "Frame repair", "Screws, nose pads and hinge repairs in store.", "15.00", "STANDARD"},
            {"SV-CL-FIT", "Contact lens fitting", "Fitting and trial lenses with an optometrist.", "39.00", "EXEMPT"}};

    static final String REGION = "DE";

    private static final String[] BRANDS = {"Aurelia", "Northline", "Kestrel & Vine", "Mono Studio", "Fjord Optics",
            "Lumen Atelier", "Brightwater", "Oakhaven"};
    private static final String[] MODEL_NAMES = {"Luna", "Atlas", "Iris", "Milo", "Nova", "Otto", "Vera", "Hugo",
            "Ada", "Felix", "Greta", "Leo", "Mara", "Nils", "Rosa", "Theo", "Elsa", "Jonas", "Lena", "Paul", "Clara",
            "Emil", "Frida", "Oskar", "Ines", "Bruno", "Alma", "Kurt", "Lotte", "Max", "Nora", "Sven", "Ida", "Karl",
            "Thea", "Anton", "Edda", "Fritz", "Hanna", "Ivo", "Juna", "Lars", "Mia", "Ole", "Pia", "Rune", "Siri",
            "Till"};
    private static final Colour[] COLOURS = {
            new Colour("BLK", "Black", "#1b1b1b", BigDecimal.ZERO),
            new Colour("TRT", "Tortoise", "#6b3e1f", BigDecimal.ZERO),
            new Colour("HAV", "Havana", "#8a5a2b", BigDecimal.ZERO),
            new Colour("CRY", "Crystal", "#dfe7ea", BigDecimal.ZERO),
            new Colour("NVY", "Navy", "#1f2f52", BigDecimal.ZERO),
            new Colour("GLD", "Gold", "#c9a43a", new BigDecimal("10.00")),
            new Colour("SLV", "Silver", "#aeb4b8", BigDecimal.ZERO),
            new Colour("ROS", "Rose", "#d9a3a0", BigDecimal.ZERO),
            new Colour("GRN", "Olive", "#5b6b3a", BigDecimal.ZERO),
            new Colour("RED", "Burgundy", "#6d1f2a", new BigDecimal("5.00")),
            new Colour("GRY", "Grey", "#6f7377", BigDecimal.ZERO),
            new Colour("HNY", "Honey", "#c8913d", new BigDecimal("5.00"))};

    private final Catalog catalog;
    private final ProductStore store;
    private final PriceLists prices;
    private final Promotions promotions;
    private final Coupons coupons;
    private final RxSurcharges surcharges;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String currency;

    CatalogDemoData(Catalog catalog, ProductStore store, PriceLists prices, Promotions promotions, Coupons coupons,
                    RxSurcharges surcharges, TransactionTemplate transactions, Clock clock,
                    @Value("${focal.shop.currency:EUR}") String currency) {
        this.catalog = catalog;
        this.store = store;
        this.prices = prices;
        this.promotions = promotions;
        this.coupons = coupons;
        this.surcharges = surcharges;
        this.transactions = transactions;
        this.clock = clock;
        this.currency = currency;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (store.count(ProductFilter.all()) > 0) {
            return;
        }
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("demo-data",
                null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        try {
            int skus = transactions.execute(status -> load());
            log.info("Demo mode: loaded the demo catalog ({} SKUs) with web and store price lists", skus);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private int load() {
        var random = new Random(20261124L);
        var from = clock.instant().minus(Duration.ofDays(30));
        PriceListId web = prices.create(new CreatePriceList("web-" + currency.toLowerCase(), "Web shop",
                Channel.WEB, currency, true, from, null));
        PriceListId shop = prices.create(new CreatePriceList("store-" + currency.toLowerCase(), "Stores",
                Channel.STORE, currency, true, from, null));
        prices.setTaxRate(new TaxRate("STANDARD", REGION, new BigDecimal("19")));
        prices.setTaxRate(new TaxRate("REDUCED", REGION, new BigDecimal("7")));
        prices.setTaxRate(new TaxRate("EXEMPT", REGION, BigDecimal.ZERO));

        var created = new ArrayList<ProductId>();
        var skuPrices = new LinkedHashMap<String, BigDecimal>();
        int barcode = 1;
        for (int i = 0; i < MODEL_NAMES.length; i++) {
            String brand = BRANDS[i % BRANDS.length];
            Category category = i % 8 == 6 ? Category.SUNGLASSES : i % 8 == 7 && i > 20 ? Category.READERS
                    : i % 5 == 4 ? Category.SUNGLASSES : Category.EYEGLASSES;
            if (category == Category.READERS && i > 40) {
                category = Category.EYEGLASSES;
            }
            // shapes cycle independently of the category, so every shape has eyeglasses and sunglasses
            Shape shape = Shape.values()[(i * 3 + i / 8) % Shape.values().length];
            Material material = Material.values()[(i * 5 + 1) % (Material.values().length - 1)];
            RimType rim = i % 9 == 3 ? RimType.RIMLESS : i % 6 == 2 ? RimType.SEMI : RimType.FULL;
            Gender gender = Gender.values()[i % 3];
            AgeGroup age = i % 12 == 5 ? AgeGroup.CHILD : i % 12 == 9 ? AgeGroup.TEEN : AgeGroup.ADULT;
            var colours = new ArrayList<Colour>();
            int colourCount = 2 + random.nextInt(3);
            int start = random.nextInt(COLOURS.length);
            for (int c = 0; c < colourCount; c++) {
                colours.add(COLOURS[(start + c * 5) % COLOURS.length]);
            }
            int baseA = age == AgeGroup.CHILD ? 44 : 48 + random.nextInt(5);
            int depth = shape == Shape.AVIATOR || shape == Shape.SQUARE ? 40 : shape == Shape.CAT_EYE ? 28 + random.nextInt(8)
                    : 30 + random.nextInt(12);
            if (rim == RimType.RIMLESS || shape == Shape.BROWLINE) {
                depth = Math.min(depth, 27);
            }
            int sizeCount = category == Category.READERS ? 1 : 2 + (i % 3 == 0 ? 1 : 0);
            var sizes = new ArrayList<Size>();
            for (int s = 0; s < sizeCount; s++) {
                int a = baseA + s * 2;
                int dbl = 16 + (i + s) % 5;
                int b = depth + s;
                sizes.add(new Size(a, b, dbl, Math.max(a, b) + 3 + (shape == Shape.ROUND ? 0 : 2), s == 2 ? 145 : 140));
            }
            List<BigDecimal> powers = category == Category.READERS
                    ? List.of(new BigDecimal("1.00"), new BigDecimal("1.50"), new BigDecimal("2.00"),
                    new BigDecimal("2.50"), new BigDecimal("3.00"))
                    : List.of();
            FaceWidth face = baseA < 49 ? FaceWidth.NARROW : baseA > 51 ? FaceWidth.WIDE : FaceWidth.MEDIUM;
            var frame = new FrameSpec(shape, material, rim, gender, age, face, category != Category.SUNGLASSES || i % 2 == 0,
                    colours, sizes, powers);
            String code = (category == Category.SUNGLASSES ? "SG-" : category == Category.READERS ? "RD-" : "FR-")
                    + (1001 + i);
            String name = MODEL_NAMES[i];
            var draft = new ProductDraft(category, code, name, brand, description(name, brand, shape, material, rim,
                    category), "STANDARD", frame, null, null, List.of());
            ProductId id = catalog.create(draft);
            created.add(id);
            BigDecimal modelPrice = modelPrice(i, brand, category, material);
            var stored = catalog.get(id);
            var variants = new ArrayList<Variant>();
            for (Variant v : stored.draft().variants()) {
                String ean = ProductRules.withCheckDigit("400" + String.format("%09d", barcode++));
                variants.add(new Variant(v.sku(), v.colourCode(), v.sizeKey(), v.readerPower(), ean,
                        random.nextInt(40) == 0 ? Variant.Status.DISCONTINUED : Variant.Status.ACTIVE));
                BigDecimal surcharge = colours.stream().filter(c -> c.code().equals(v.colourCode())).findFirst()
                        .map(Colour::surcharge).orElse(BigDecimal.ZERO);
                skuPrices.put(v.sku(), modelPrice.add(surcharge));
            }
            catalog.update(id, stored.version(), new ProductDraft(category, code, name, brand,
                    stored.draft().description(), "STANDARD", frame, null, null, variants));
        }
        var lensIds = lenses();
        created.addAll(lensIds);
        created.addAll(contactLenses(skuPrices));
        created.addAll(items(skuPrices));

        var cur = java.util.Currency.getInstance(currency);
        var webPrices = new LinkedHashMap<String, Money>();
        var storePrices = new LinkedHashMap<String, Money>();
        skuPrices.forEach((sku, amount) -> {
            webPrices.put(sku, new Money(amount, cur));
            storePrices.put(sku, new Money(amount.add(BigDecimal.TEN), cur));
        });
        prices.setItemPrices(web, webPrices);
        prices.setItemPrices(shop, storePrices);
        lensPrices(web, lensIds, BigDecimal.ZERO);
        lensPrices(shop, lensIds, new BigDecimal("10"));

        rules(from);

        for (ProductId id : created) {
            var p = catalog.get(id);
            catalog.changeStatus(id, p.version(), ProductStatus.ACTIVE);
        }
        return skuPrices.size();
    }

    /** Promotions running now, a welcome coupon, and the Rx surcharges of the lab. */
    private void rules(java.time.Instant from) {
        var until = from.plus(Duration.ofDays(400));
        promotions.create(new PromotionDraft("SECOND-PAIR", "Second pair of glasses at half price",
                PromotionDraft.EffectKind.BUY_X_GET_Y, new BigDecimal("50"), null, null, 1, 1, null,
                Set.of("EYEGLASSES", "SUNGLASSES"), Set.of(), Set.of(), null, Set.of(), Set.of(), from, until, 10,
                Promotion.Stacking.COMBINABLE, null, true));
        promotions.create(new PromotionDraft("SUN-20", "Summer sale: 20 % off Oakhaven and Brightwater sunglasses",
                PromotionDraft.EffectKind.PERCENT_OFF, new BigDecimal("20"), null, null, null, null, null,
                Set.of("SUNGLASSES"), Set.of("Oakhaven", "Brightwater"), Set.of(), null, Set.of(), Set.of(Channel.WEB),
                from, until, 20, Promotion.Stacking.EXCLUSIVE, null, true));
        promotions.create(new PromotionDraft("FREE-AR", "Anti-reflective coating free with progressive lenses",
                PromotionDraft.EffectKind.FREE_COATING, null, null, null, null, null, "ANTI_REFLECTIVE", Set.of(),
                Set.of(), Set.of(), null, Set.of(), Set.of(), from, until, 5, Promotion.Stacking.COMBINABLE, null, true));
        coupons.create(new CouponDraft("WELCOME10", "10 off a first order from 100", 1000, 1, until));
        promotions.create(new PromotionDraft("WELCOME10", "Welcome: 10 off your first order from 100",
                PromotionDraft.EffectKind.AMOUNT_OFF, null, BigDecimal.TEN, currency, null, null, null, Set.of(),
                Set.of(), Set.of(), new BigDecimal("100"), Set.of(), Set.of(), from, until, 1,
                Promotion.Stacking.COMBINABLE, "WELCOME10", true));
        surcharges.create(new RxSurchargeDraft(RxSurcharge.Kind.HIGH_POWER, new BigDecimal("6"), new BigDecimal("30"), currency));
        surcharges.create(new RxSurchargeDraft(RxSurcharge.Kind.HIGH_CYLINDER, new BigDecimal("3"), new BigDecimal("20"), currency));
        surcharges.create(new RxSurchargeDraft(RxSurcharge.Kind.PRISM, BigDecimal.ZERO, new BigDecimal("25"), currency));
        surcharges.create(new RxSurchargeDraft(RxSurcharge.Kind.OVERSIZE_BLANK, new BigDecimal("70"), new BigDecimal("15"), currency));
    }

    private static BigDecimal modelPrice(int i, String brand, Category category, Material material) {
        int base = switch (brand) {
            case "Lumen Atelier", "Kestrel & Vine" -> 179;
            case "Fjord Optics", "Oakhaven" -> 139;
            case "Mono Studio" -> 99;
            default -> 119;
        };
        if (category == Category.READERS) {
            base = 39;
        }
        if (material == Material.TITANIUM) {
            base += 60;
        }
        return new BigDecimal(base + (i % 4) * 10).subtract(new BigDecimal("0.10"));
    }

    static String description(String name, String brand, Shape shape, Material material, RimType rim,
                              Category category) {
        String what = switch (category) {
            case SUNGLASSES -> "sunglasses";
            case READERS -> "reading glasses with fixed powers";
            default -> "frame";
        };
        String shapeWord = FacetLabels.words(shape.name()).toLowerCase();
        return name + " by " + brand + " is " + article(shapeWord) + " " + shapeWord + " "
                + FacetLabels.label(SearchQuery.Facet.RIM, rim.name()).toLowerCase() + " " + what + " in "
                + (material == Material.TR90 ? "TR90" : material.name().toLowerCase()) + ". "
                + switch (material) {
                    case ACETATE -> "Hand-polished acetate with spring hinges for a comfortable, lasting fit.";
                    case TITANIUM -> "Feather-light titanium that is hypoallergenic and keeps its shape.";
                    case METAL -> "A slim stainless-steel front with adjustable nose pads.";
                    case TR90 -> "Flexible, nearly unbreakable TR90: made for active days.";
                    case MIXED -> "An acetate brow on a fine metal rim: classic with a modern edge.";
                    case WOOD -> "Sustainably sourced wood, each one unique.";
                };
    }

    /** "an" before a vowel letter: the demo's shape words sound as they are spelled. */
    private static String article(String word) {
        return "aeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }

    private List<ProductId> lenses() {
        var ids = new ArrayList<ProductId>();
        List<CoatingOption> standard = List.of(new CoatingOption(Coating.SCRATCH, true), new CoatingOption(Coating.UV, true),
                new CoatingOption(Coating.ANTI_REFLECTIVE, false), new CoatingOption(Coating.BLUE_FILTER, false),
                new CoatingOption(Coating.PHOTOCHROMIC, false), new CoatingOption(Coating.TINT, false));
        ids.add(lens("LN-SV", "Clarity Single Vision", LensType.SINGLE_VISION, "Aspheric single vision", standard,
                List.of(row("1.50", "CR-39", -6, 6, 4, null, null, 3, List.of(65, 70), null, true, 2),
                        row("1.53", "Trivex", -8, 6, 4, null, null, 4, List.of(65, 70, 75), null, true, 3),
                        row("1.56", "Mid-index", -8, 6, 4, null, null, 4, List.of(65, 70), null, true, 3),
                        row("1.59", "Polycarbonate", -10, 8, 4, null, null, 4, List.of(65, 70, 75), null, true, 3),
                        row("1.60", "MR-8", -12, 8, 6, null, null, 5, List.of(65, 70, 75), null, false, 5),
                        row("1.67", "MR-7", -14, 10, 6, null, null, 5, List.of(65, 70, 75), null, false, 6),
                        row("1.74", "MR-174", -20, 12, 6, null, null, 5, List.of(65, 70), null, false, 8))));
        ids.add(lens("LN-PRO-C", "Horizon Progressive Comfort", LensType.PROGRESSIVE, "Soft-design progressive", standard,
                List.of(row("1.50", "CR-39", -8, 6, 4, 0.75, 3.5, 3, List.of(70, 75), 18, false, 7),
                        row("1.60", "MR-8", -12, 8, 4, 0.75, 3.5, 4, List.of(70, 75), 18, false, 8),
                        row("1.67", "MR-7", -14, 8, 4, 0.75, 3.5, 4, List.of(70, 75), 18, false, 9))));
        ids.add(lens("LN-PRO-S", "Horizon Progressive Short", LensType.PROGRESSIVE, "Short-corridor progressive", standard,
                List.of(row("1.60", "MR-8", -12, 8, 4, 0.75, 3.5, 4, List.of(65, 70), 14, false, 8),
                        row("1.67", "MR-7", -14, 8, 4, 0.75, 3.5, 4, List.of(65, 70), 14, false, 9),
                        row("1.74", "MR-174", -16, 8, 4, 0.75, 3.5, 4, List.of(65, 70), 14, false, 10))));
        ids.add(lens("LN-BF", "Flat-top Bifocal 28", LensType.BIFOCAL, "Flat-top 28 mm segment", standard,
                List.of(row("1.50", "CR-39", -6, 6, 4, 1.0, 3.5, 3, List.of(70), 18, false, 7),
                        row("1.59", "Polycarbonate", -8, 6, 4, 1.0, 3.5, 3, List.of(70), 18, false, 7))));
        ids.add(lens("LN-RD", "Reader Plus", LensType.READING, "Single vision for near", standard,
                List.of(row("1.50", "CR-39", 0, 4, 2, null, null, 2, List.of(65), null, true, 1),
                        row("1.60", "MR-8", 0, 6, 2, null, null, 2, List.of(65, 70), null, true, 2))));
        ids.add(lens("LN-SUN", "Plano Sun Polarised", LensType.NON_PRESCRIPTION, "Polarised plano sun lens",
                List.of(new CoatingOption(Coating.POLARISED, true), new CoatingOption(Coating.UV, true),
                        new CoatingOption(Coating.SCRATCH, true)),
                List.of(row("1.50", "CR-39", 0, 0, 0, null, null, 0, List.of(70, 75), null, true, 2),
                        row("1.59", "Polycarbonate", 0, 0, 0, null, null, 0, List.of(70, 75), null, true, 2))));
        return ids;
    }

    private static Availability row(String index, String material, double sphMin, double sphMax, double cylMax,
                                    @Nullable Double addMin, @Nullable Double addMax, double prism,
                                    List<Integer> blanks, @Nullable Integer fittingHeight, boolean stock, int days) {
        return new Availability(index, material, d(sphMin), d(sphMax), d(cylMax), addMin == null ? null : d(addMin),
                addMax == null ? null : d(addMax), d(prism), blanks, fittingHeight, stock, days);
    }

    private static BigDecimal d(double value) {
        return BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    private ProductId lens(String code, String name, LensType type, String design, List<CoatingOption> coatings,
                           List<Availability> rows) {
        return catalog.create(new ProductDraft(Category.LENSES, code, name, "Focal Lab", design + " lenses, made to"
                + " your prescription in our lab.", "STANDARD", null, new LensSpec(type, design, rows, coatings), null,
                List.of()));
    }

    private void lensPrices(PriceListId list, List<ProductId> lensIds, BigDecimal extra) {
        var cur = java.util.Currency.getInstance(currency);
        Map<String, Integer> byIndex = Map.of("1.50", 49, "1.53", 79, "1.56", 59, "1.59", 69, "1.60", 89, "1.67", 129,
                "1.74", 189);
        Map<String, Integer> typeExtra = Map.of("LN-SV", 0, "LN-PRO-C", 150, "LN-PRO-S", 170, "LN-BF", 80,
                "LN-RD", -10, "LN-SUN", 10);
        for (var lens : lensIds.stream().map(catalog::get).toList()) {
            for (Availability a : lens.draft().lens().availability()) {
                int amount = byIndex.get(a.index()) + typeExtra.getOrDefault(lens.code(), 0);
                prices.setLensPrice(list, lens.code(), a.index(), new Money(new BigDecimal(amount).add(extra), cur));
            }
            for (CoatingOption c : lens.draft().lens().coatings()) {
                int amount = c.included() ? 0 : switch (c.coating()) {
                    case ANTI_REFLECTIVE -> 39;
                    case BLUE_FILTER -> 29;
                    case PHOTOCHROMIC -> 79;
                    case TINT -> 25;
                    case POLARISED -> 59;
                    default -> 15;
                };
                prices.setCoatingPrice(list, lens.code(), c.coating().name(), new Money(new BigDecimal(amount), cur));
            }
        }
    }

    private List<ProductId> contactLenses(Map<String, BigDecimal> skuPrices) {
        var ids = new ArrayList<ProductId>();
        ids.add(contactLens("CL-AQ1D", "AquaDay 1-Day", "Brightwater", Modality.DAILY, 30, List.of("8.5", "8.7"),
                List.of("14.2"), -12, 8, List.of(), List.of(), "24.90", skuPrices));
        ids.add(contactLens("CL-AQ1D90", "AquaDay 1-Day 90", "Brightwater", Modality.DAILY, 90, List.of("8.5", "8.7"),
                List.of("14.2"), -12, 8, List.of(), List.of(), "59.90", skuPrices));
        ids.add(contactLens("CL-AQT", "AquaDay 1-Day Toric", "Brightwater", Modality.DAILY, 30, List.of("8.6"),
                List.of("14.5"), -9, 4, List.of("-0.75", "-1.25", "-1.75", "-2.25"), List.of(), "32.90", skuPrices));
        ids.add(contactLens("CL-CM6", "ClearMonth", "Fjord Optics", Modality.MONTHLY, 6, List.of("8.4", "8.8"),
                List.of("14.0"), -10, 6, List.of(), List.of(), "27.50", skuPrices));
        ids.add(contactLens("CL-CMM", "ClearMonth Multifocal", "Fjord Optics", Modality.MONTHLY, 6, List.of("8.6"),
                List.of("14.2"), -6, 4, List.of(), List.of("LOW", "MED", "HIGH"), "44.90", skuPrices));
        ids.add(contactLens("CL-TW", "Twoweek Comfort", "Northline", Modality.TWO_WEEKLY, 6, List.of("8.3", "8.6"),
                List.of("14.0"), -12, 8, List.of(), List.of(), "19.90", skuPrices));
        return ids;
    }

    private ProductId contactLens(String code, String name, String brand, Modality modality, int pack,
                                  List<String> baseCurves, List<String> diameters, double sphMin, double sphMax,
                                  List<String> cylinders, List<String> additions, String price,
                                  Map<String, BigDecimal> skuPrices) {
        skuPrices.put(code, new BigDecimal(price));
        var spec = new ContactLensSpec(modality, pack, baseCurves.stream().map(BigDecimal::new).toList(),
                diameters.stream().map(BigDecimal::new).toList(), d(sphMin), d(sphMax), !cylinders.isEmpty(),
                cylinders.stream().map(BigDecimal::new).toList(), !additions.isEmpty(), additions);
        return catalog.create(new ProductDraft(Category.CONTACT_LENSES, code, name, brand, name + ": "
                + pack + " " + FacetLabels.words(modality.name()).toLowerCase() + " lenses per pack.", "STANDARD", null,
                null, spec, List.of(new Variant(code, null, null, null,
                ProductRules.withCheckDigit("4009" + String.format("%08d", Math.abs(code.hashCode()) % 100000000)),
                Variant.Status.ACTIVE))));
    }

    private List<ProductId> items(Map<String, BigDecimal> skuPrices) {
        var ids = new ArrayList<ProductId>();
        for (String[] a : ACCESSORIES) {
            skuPrices.put(a[0], new BigDecimal(a[4]));
            ids.add(catalog.create(new ProductDraft(Category.ACCESSORIES, a[0], a[1], a[2], a[3], "STANDARD", null,
                    null, null, List.of())));
        }
        for (String[] s : SERVICES) {
            skuPrices.put(s[0], new BigDecimal(s[3]));
            ids.add(catalog.create(new ProductDraft(Category.SERVICES, s[0], s[1], "Focal", s[2], s[4], null, null,
                    null, List.of())));
        }
        return ids;
    }
}
