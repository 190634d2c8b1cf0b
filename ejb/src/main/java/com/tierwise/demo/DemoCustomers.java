package com.tierwise.demo;

import java.io.IOException;
import java.io.Writer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Deterministic generator of realistic demo customers in the customer-import CSV format.
 *
 * <p>Customers come from four cultures (Turkish, Persian, Arabic, English), with names in their own
 * scripts. Profit is heavy-tailed (roughly 80/20), some customers lose money, the CX score is a
 * 0–10 likelihood-to-recommend average mildly correlated with profit, and a few percent of the
 * metrics are left empty (unknown) as real data would be.
 */
public final class DemoCustomers {

    private static final String HEADER = "external_id,name,business_value,cx_score,revenue,share_of_wallet,"
            + "country,industry,segment,owner,email";

    static final String[] INDUSTRIES = {
        "Telecom", "Banking", "Retail", "Healthcare", "Manufacturing", "Logistics", "Hospitality", "Energy"
    };

    /** Share of customers that are private persons (segment Consumer) rather than companies. */
    private static final double PERSON_SHARE = 0.35;
    private static final double NEGATIVE_SHARE = 0.06;
    /** Gap rates: 2% miss both metrics, a further 2% only profit, 5% only CX (so 4% / 7% in total). */
    private static final double MISSING_BOTH = 0.02;
    private static final double MISSING_BUSINESS_ONLY = 0.02;
    private static final double MISSING_CX_ONLY = 0.05;

    /** Median annual profit per segment; with the log-normal spread below the top 20% hold ~80%. */
    private static final double ENTERPRISE_MEDIAN = 200_000;
    private static final double MID_MARKET_MEDIAN = 50_000;
    private static final double SMB_MEDIAN = 12_000;
    private static final double CONSUMER_MEDIAN = 2_000;
    private static final double PROFIT_SIGMA = 0.8;

    /** Likelihood-to-recommend clusters (detractor-ish, passive, promoter-ish) and their weights. */
    private static final double[] CX_CENTRES = {4.6, 7.4, 8.9};
    private static final double[] CX_WEIGHTS = {0.20, 0.45, 0.35};

    private static final String[] MAIL_PROVIDERS = {"mail.example", "inbox.example", "post.example"};

    private final long seed;

    public DemoCustomers(long seed) {
        this.seed = seed;
    }

    /**
     * Writes a header row {@code external_id,name,business_value,cx_score,revenue,share_of_wallet,
     * country,industry,segment,owner,email} and {@code count} customers, RFC 4180 quoting where
     * needed, '\n' line ends. The caller supplies a UTF-8 writer and closes it. Streams: one row is
     * generated, written and forgotten at a time, so it also serves 1,000,000-row benchmark files.
     */
    public void writeCsv(int count, Writer out) throws IOException {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        // A fresh generator per call: the same seed always gives the same bytes, however often written.
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder row = new StringBuilder(256);
        out.write(HEADER);
        out.write('\n');
        for (int number = 1; number <= count; number++) {
            row.setLength(0);
            appendCustomer(row, number, random);
            row.append('\n');
            out.append(row);
        }
        out.flush();
    }

    /** The distinct owner user names used (account managers), e.g. "ayse.yilmaz", "emma.clark". */
    public List<String> owners() {
        List<String> owners = new ArrayList<>();
        for (Culture culture : Culture.values()) {
            owners.addAll(culture.owners);
        }
        return List.copyOf(owners);
    }

    private static void appendCustomer(StringBuilder row, int number, SplittableRandom r) {
        Culture culture = Culture.choose(r);
        String country = culture.country(r);
        boolean person = r.nextDouble() < PERSON_SHARE;
        int industry = r.nextInt(INDUSTRIES.length);
        Name name = person ? culture.person(r) : culture.company(r, industry, country);
        String segment = person ? "Consumer" : companySegment(r);
        String owner = culture.owners.get(r.nextInt(culture.owners.size()));

        // One latent "size" drives profit and, mildly, CX: bigger accounts tend to be better served.
        double size = gaussian(r);
        double magnitude = Math.max(1.0, median(segment) * StrictMath.exp(PROFIT_SIGMA * size));
        double margin = 0.05 + 0.35 * r.nextDouble();
        double revenue = magnitude / margin;
        double profit = r.nextDouble() < NEGATIVE_SHARE
                ? -Math.max(1.0, revenue * (0.01 + 0.09 * r.nextDouble()))
                : magnitude;
        double cx = Math.min(10.0, Math.max(1.0,
                cxCentre(r) + cxLift(segment) + 0.5 * size + 0.5 * gaussian(r)));
        // Happier customers give a bigger share of their spend.
        double wallet = 1.0 / (1.0 + StrictMath.exp(-(-0.6 + 0.3 * (cx - 7.0) + 0.8 * gaussian(r))));

        // One draw decides the gaps: [0, both) misses both, then profit only, then CX only.
        double gap = r.nextDouble();
        boolean missingBoth = gap < MISSING_BOTH;
        boolean businessKnown = gap >= MISSING_BOTH + MISSING_BUSINESS_ONLY;
        boolean cxKnown = !missingBoth
                && (gap < MISSING_BOTH + MISSING_BUSINESS_ONLY
                    || gap >= MISSING_BOTH + MISSING_BUSINESS_ONLY + MISSING_CX_ONLY);

        appendExternalId(row, number);
        row.append(',');
        appendField(row, name.text);
        row.append(',');
        if (businessKnown) {
            appendDecimal(row, Math.round(profit * 100), 2);
        }
        row.append(',');
        if (cxKnown) {
            appendDecimal(row, Math.round(cx * 10), 1);
        }
        row.append(',');
        appendDecimal(row, Math.round(revenue * 100), 2);
        row.append(',');
        appendDecimal(row, Math.max(1, Math.min(1000, Math.round(wallet * 1000))), 3);
        row.append(',').append(country);
        row.append(',').append(person ? "" : INDUSTRIES[industry]);
        row.append(',').append(segment);
        row.append(',').append(owner);
        row.append(',');
        appendField(row, name.email);
    }

    private static String companySegment(SplittableRandom r) {
        double u = r.nextDouble();
        return u < 0.15 ? "Enterprise" : u < 0.50 ? "Mid-market" : "SMB";
    }

    private static double median(String segment) {
        switch (segment) {
            case "Enterprise": return ENTERPRISE_MEDIAN;
            case "Mid-market": return MID_MARKET_MEDIAN;
            case "SMB": return SMB_MEDIAN;
            default: return CONSUMER_MEDIAN;
        }
    }

    /** Larger accounts get account managers and better service, so they recommend a little more. */
    private static double cxLift(String segment) {
        switch (segment) {
            case "Enterprise": return 0.5;
            case "Mid-market": return 0.25;
            case "SMB": return 0.0;
            default: return -0.25;
        }
    }

    private static double cxCentre(SplittableRandom r) {
        return CX_CENTRES[weighted(r, CX_WEIGHTS)];
    }

    /** Index drawn with the given probabilities (summing to 1). */
    private static int weighted(SplittableRandom r, double[] weights) {
        double u = r.nextDouble();
        for (int i = 0; i < weights.length - 1; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Box–Muller with StrictMath, so the bytes do not depend on the JDK or CPU. */
    private static double gaussian(SplittableRandom r) {
        double u1 = 1.0 - r.nextDouble();
        double u2 = r.nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * Math.PI * u2);
    }

    private static void appendExternalId(StringBuilder row, int number) {
        row.append("DEMO-");
        String digits = Integer.toString(number);
        for (int i = digits.length(); i < 6; i++) {
            row.append('0');
        }
        row.append(digits);
    }

    /** Plain fixed-point text from a scaled integer: no exponent, no grouping, '.' as separator. */
    private static void appendDecimal(StringBuilder row, long scaled, int decimals) {
        if (scaled < 0) {
            row.append('-');
            scaled = -scaled;
        }
        long unit = decimals == 1 ? 10 : decimals == 2 ? 100 : 1000;
        row.append(scaled / unit).append('.');
        String fraction = Long.toString(scaled % unit);
        for (int i = fraction.length(); i < decimals; i++) {
            row.append('0');
        }
        row.append(fraction);
    }

    /** RFC 4180: quote only fields that need it, doubling embedded quotes. */
    private static void appendField(StringBuilder row, String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            row.append(value);
            return;
        }
        row.append('"').append(value.replace("\"", "\"\"")).append('"');
    }

    /** ASCII slug for e-mail addresses: "Işıklar Gıda" → "isiklar-gida", "O'Brien" → "obrien". */
    static String slug(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('ı', 'i')
                .toLowerCase(Locale.ROOT)
                .replace("'", "");
        return folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private record Name(String text, String email) {
    }

    /** A word in its own script and an ASCII form for e-mail addresses. */
    private record Word(String text, String ascii) {
    }

    private static Word[] latin(String... words) {
        Word[] result = new Word[words.length];
        for (int i = 0; i < words.length; i++) {
            result[i] = new Word(words[i], slug(words[i]));
        }
        return result;
    }

    /** Words given as "native|ascii", for scripts that cannot be folded to ASCII. */
    private static Word[] paired(String... pairs) {
        Word[] result = new Word[pairs.length];
        for (int i = 0; i < pairs.length; i++) {
            int bar = pairs[i].indexOf('|');
            result[i] = new Word(pairs[i].substring(0, bar), pairs[i].substring(bar + 1));
        }
        return result;
    }

    private static <T> T pick(SplittableRandom r, T[] values) {
        return values[r.nextInt(values.length)];
    }

    private static Name companyName(String text, Word... emailWords) {
        StringBuilder domain = new StringBuilder();
        for (Word word : emailWords) {
            if (domain.length() > 0) {
                domain.append('-');
            }
            domain.append(word.ascii);
        }
        return new Name(text, "contact@" + domain + ".example");
    }

    private static Name personName(SplittableRandom r, Word first, Word last, String text) {
        return new Name(text, first.ascii + "." + last.ascii + "@" + pick(r, MAIL_PROVIDERS));
    }

    /**
     * Word lists per culture. Persian text uses the Persian letters ی (U+06CC) and ک (U+06A9), Arabic
     * text the Arabic ي (U+064A) and ك (U+0643), as real data in each language does.
     */
    private enum Culture {
        TURKISH(0.30, new String[] {"TR"}, new double[] {1.0}, List.of("ayse.yilmaz", "mehmet.demir"),
                latin("İnci", "Ayşe", "Işıl", "Gülşen", "Çağla", "Özge", "Şule", "Ebru", "Büşra", "Dilek",
                        "Mehmet", "Ömer", "İsmail", "Uğur", "Barış", "Çağrı", "Oğuz", "Tolga", "Murat",
                        "Emre", "Kübra", "Şeyma", "Gökhan", "İlker", "Yiğit", "Sıla"),
                latin("Çelik", "Yılmaz", "Şahin", "Doğan", "Kılıç", "Aydın", "Öztürk", "Yıldız", "Arslan",
                        "Koç", "Kurt", "Özdemir", "Erdoğan", "Güneş", "Aksoy", "Polat", "Çetin", "Kaya",
                        "Demir", "Şimşek", "Karataş", "Bulut", "Acar", "Tekin")) {
            private final Word[] roots = latin("Işıklar", "Yıldız", "Anadolu", "Doğan", "Akdeniz", "Ege",
                    "Karadeniz", "Boğaziçi", "Özgür", "Güneş", "Kuzey", "Çınar", "Erciyes", "Marmara",
                    "Toros", "Başak", "Gökçe", "Ilgaz", "Şahin", "Kartal", "Umut", "Öztürk", "Aydın",
                    "Kılıç", "Tuna", "Pınar", "Ekin", "Sönmez", "Yücel", "Işık");
            private final Word[][] sectors = {
                latin("İletişim", "Telekom"), latin("Finans", "Yatırım"), latin("Gıda", "Mağazacılık"),
                latin("Sağlık", "İlaç"), latin("Makine", "Tekstil"), latin("Lojistik", "Taşımacılık"),
                latin("Turizm", "Otelcilik"), latin("Enerji", "Petrol")
            };
            private final String[] suffixes = {"A.Ş.", "Ltd. Şti.", "San. ve Tic. A.Ş.", "Holding A.Ş.",
                "Tic. Ltd. Şti."};

            @Override
            Name company(SplittableRandom r, int industry, String country) {
                Word root = pick(r, roots);
                Word sector = pick(r, sectors[industry]);
                return companyName(root.text + " " + sector.text + " " + pick(r, suffixes), root, sector);
            }
        },

        PERSIAN(0.25, new String[] {"IR"}, new double[] {1.0}, List.of("reza.karimi", "negar.ahmadi"),
                paired("رضا|reza", "علی|ali", "مریم|maryam", "زهرا|zahra", "فاطمه|fatemeh", "سارا|sara",
                        "نگار|negar", "پریسا|parisa", "کاوه|kaveh", "بهرام|bahram", "آرش|arash",
                        "شیرین|shirin", "مهسا|mahsa", "حسین|hossein", "امیر|amir", "نیما|nima",
                        "پژمان|pejman", "ژاله|zhaleh", "گلناز|golnaz", "یاسمن|yasaman", "کیوان|keyvan",
                        "داریوش|dariush", "لیلا|leila", "فرهاد|farhad"),
                paired("کریمی|karimi", "احمدی|ahmadi", "محمدی|mohammadi", "حسینی|hosseini", "رضایی|rezaei",
                        "موسوی|mousavi", "جعفری|jafari", "کاظمی|kazemi", "صادقی|sadeghi", "رحیمی|rahimi",
                        "نوری|nouri", "تهرانی|tehrani", "شیرازی|shirazi", "پاکزاد|pakzad",
                        "گلستانی|golestani", "بهرامی|bahrami", "یزدانی|yazdani", "اکبری|akbari",
                        "فرهادی|farhadi", "قاسمی|ghasemi")) {
            // Every company name starts with one of these, so it always carries a Persian-only letter.
            private final String[] prefixes = {"شرکت", "گروه", "هلدینگ"};
            private final Word[] roots = paired("پارس|pars", "آریا|arya", "البرز|alborz", "سپهر|sepehr",
                    "کوروش|kourosh", "مهر|mehr", "زاگرس|zagros", "خزر|khazar", "ایران|iran", "توس|toos",
                    "دماوند|damavand", "کیان|kian", "آفتاب|aftab", "ستاره|setareh", "پویا|pouya",
                    "رایان|rayan", "بهار|bahar", "آسمان|aseman", "سامان|saman", "تابان|taban", "نگین|negin",
                    "پیشگام|pishgam", "سپاهان|sepahan", "ارغوان|arghavan");
            private final Word[][] sectors = {
                paired("ارتباطات|ertebatat", "مخابرات|mokhaberat"),
                paired("سرمایه‌گذاری|sarmayehgozari", "لیزینگ|leasing"),
                paired("بازرگانی|bazargani", "پخش|pakhsh"),
                paired("داروسازی|darusazi", "سلامت|salamat"),
                paired("صنایع|sanaye", "فولاد|foolad"),
                paired("حمل و نقل|hamlonaghl", "ترابری|tarabari"),
                paired("گردشگری|gardeshgari", "هتلداری|hoteldari"),
                paired("انرژی|energy", "نفت|naft")
            };
            // "Pars Gostar"-style names: a root and a generic word, the industry left unsaid.
            private final Word[] generics = paired("گستر|gostar", "نوین|novin", "آوران|avaran",
                    "پژوه|pajooh", "تدبیر|tadbir");

            @Override
            Name company(SplittableRandom r, int industry, String country) {
                String prefix = pick(r, prefixes);
                Word root = pick(r, roots);
                if (r.nextDouble() < 0.3) {
                    Word generic = pick(r, generics);
                    return companyName(prefix + " " + root.text + " " + generic.text, root, generic);
                }
                Word sector = pick(r, sectors[industry]);
                return companyName(prefix + " " + sector.text + " " + root.text, sector, root);
            }
        },

        ARABIC(0.20, new String[] {"SA", "AE", "EG", "QA"}, new double[] {0.4, 0.3, 0.2, 0.1},
                List.of("fatima.hassan", "omar.haddad"),
                paired("محمد|mohammed", "أحمد|ahmed", "فاطمة|fatima", "عائشة|aisha", "خالد|khalid",
                        "عمر|omar", "يوسف|yousef", "مريم|maryam", "نورة|noura", "سارة|sara",
                        "عبدالله|abdullah", "ليلى|layla", "هدى|huda", "سلمان|salman", "طارق|tariq",
                        "رنا|rana", "منى|mona", "حمد|hamad", "زينب|zainab", "إبراهيم|ibrahim", "ريم|reem",
                        "كريم|karim"),
                paired("حسن|hassan", "الأنصاري|alansari", "القحطاني|alqahtani", "العتيبي|alotaibi",
                        "المنصوري|almansouri", "الشمري|alshammari", "الكعبي|alkaabi", "الهاشمي|alhashimi",
                        "السيد|elsayed", "عبدالرحمن|abdelrahman", "المصري|almasri", "الزهراني|alzahrani",
                        "الدوسري|aldosari", "النعيمي|alnuaimi", "الكواري|alkuwari", "المري|almarri",
                        "الظاهري|aldhaheri", "فرج|farag", "سالم|salem", "الخطيب|alkhatib", "حداد|haddad")) {
            private final String[] prefixes = {"شركة", "مؤسسة", "مجموعة"};
            private final Word[] roots = paired("الريان|alrayyan", "النخيل|alnakheel", "الخليج|alkhaleej",
                    "الفجر|alfajr", "الصفوة|alsafwa", "الرواد|alrowad", "الأمل|alamal", "النور|alnoor",
                    "الهلال|alhilal", "السلام|alsalam", "الوطنية|alwataniya", "المتحدة|almuttahida",
                    "الأفق|alofoq", "الواحة|alwaha", "الجزيرة|aljazira", "البيان|albayan",
                    "الشروق|alshorouk", "الدانة|aldana", "المنار|almanar", "القمة|alqimma", "الصقر|alsaqr",
                    "الفرسان|alfursan", "الندى|alnada", "الراية|alraya");
            private final Word[][] sectors = {
                paired("للاتصالات|telecom", "لتقنية المعلومات|it"),
                paired("للاستثمار|investment", "للتمويل|finance"),
                paired("للتجارة|trading", "للتسويق|marketing"),
                paired("للرعاية الصحية|healthcare", "للأدوية|pharma"),
                paired("للصناعات|industries", "للصناعات الغذائية|foods"),
                paired("للنقل|transport", "للخدمات اللوجستية|logistics"),
                paired("للفنادق|hotels", "للسياحة|tourism"),
                paired("للطاقة|energy", "للبترول|petroleum")
            };

            @Override
            Name company(SplittableRandom r, int industry, String country) {
                Word root = pick(r, roots);
                Word sector = pick(r, sectors[industry]);
                return companyName(pick(r, prefixes) + " " + root.text + " " + sector.text, root, sector);
            }
        },

        ENGLISH(0.25, new String[] {"GB", "US", "IE"}, new double[] {0.45, 0.40, 0.15},
                List.of("emma.clark", "james.walker"),
                latin("Emma", "Oliver", "Charlotte", "James", "Amelia", "William", "Sophie", "Harry",
                        "Olivia", "Jack", "Grace", "Thomas", "Emily", "Daniel", "Chloe", "Michael", "Sarah",
                        "Liam", "Aoife", "Seán", "Niamh", "Ciarán", "Hannah", "Ryan"),
                latin("Clark", "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson",
                        "Davies", "Evans", "Walker", "Wright", "Robinson", "Thompson", "Murphy", "Kelly",
                        "O'Brien", "Byrne", "Miller", "Davis", "Anderson", "Moore", "Hughes", "Walsh")) {
            private final Word[] roots = latin("Blue Harbour", "Oakridge", "Silverline", "Redwood",
                    "Brightwater", "Kingsbridge", "Meridian", "Summit", "Crescent", "Ashford", "Evergreen",
                    "Highland", "Lakeside", "Granite", "Westbrook", "Hawthorne", "Pinecrest", "Riverside",
                    "Stonegate", "Clearwater", "Fairview", "Beacon", "Larkspur", "Harrow & Finch");
            private final Word[][] sectors = {
                latin("Telecom", "Networks"), latin("Capital", "Financial"), latin("Stores", "Retail"),
                latin("Health", "Medical"), latin("Manufacturing", "Industries"), latin("Logistics", "Freight"),
                latin("Hotels", "Hospitality"), latin("Energy", "Power")
            };
            // Nicknames in quotes, as CRMs often hold them; they exercise CSV quote escaping.
            private final Word[] nicknamed = latin("Robert", "William", "Elizabeth", "Katherine", "Thomas",
                    "Margaret");
            private final String[] nicknames = {"Bob", "Bill", "Liz", "Kate", "Tommy", "Peggy"};

            @Override
            Name company(SplittableRandom r, int industry, String country) {
                if (INDUSTRIES[industry].equals("Banking") && r.nextDouble() < 0.3) {
                    // Partnership names carry a comma: "Clark, Hughes & Partners".
                    Word a = pick(r, lastNames);
                    Word b = pick(r, lastNames);
                    return companyName(a.text + ", " + b.text + " & Partners", a, b);
                }
                Word root = pick(r, roots);
                Word sector = pick(r, sectors[industry]);
                return companyName(root.text + " " + sector.text + suffix(r, country), root, sector);
            }

            private String suffix(SplittableRandom r, String country) {
                boolean first = r.nextBoolean();
                switch (country) {
                    case "US": return first ? ", Inc." : " LLC";
                    case "IE": return first ? " Ltd" : " DAC";
                    default: return first ? " Ltd" : " plc";
                }
            }

            @Override
            Name person(SplittableRandom r) {
                if (r.nextDouble() < 0.05) {
                    int i = r.nextInt(nicknamed.length);
                    Word last = pick(r, lastNames);
                    return personName(r, nicknamed[i], last,
                            nicknamed[i].text + " \"" + nicknames[i] + "\" " + last.text);
                }
                return super.person(r);
            }
        };

        private final double weight;
        private final String[] countries;
        private final double[] countryWeights;
        final List<String> owners;
        final Word[] firstNames;
        final Word[] lastNames;

        Culture(double weight, String[] countries, double[] countryWeights, List<String> owners,
                Word[] firstNames, Word[] lastNames) {
            this.weight = weight;
            this.countries = countries;
            this.countryWeights = countryWeights;
            this.owners = owners;
            this.firstNames = firstNames;
            this.lastNames = lastNames;
        }

        abstract Name company(SplittableRandom r, int industry, String country);

        Name person(SplittableRandom r) {
            Word first = pick(r, firstNames);
            Word last = pick(r, lastNames);
            return personName(r, first, last, first.text + " " + last.text);
        }

        String country(SplittableRandom r) {
            return countries[weighted(r, countryWeights)];
        }

        private static final Culture[] ALL = values();
        private static final double[] WEIGHTS = new double[ALL.length];

        static {
            for (int i = 0; i < ALL.length; i++) {
                WEIGHTS[i] = ALL[i].weight;
            }
        }

        static Culture choose(SplittableRandom r) {
            return ALL[weighted(r, WEIGHTS)];
        }
    }
}
