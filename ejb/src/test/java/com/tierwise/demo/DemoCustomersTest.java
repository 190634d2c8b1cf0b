package com.tierwise.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoCustomersTest {

    private static final String HEADER = "external_id,name,business_value,cx_score,revenue,share_of_wallet,"
            + "country,industry,segment,owner,email";
    private static final int ROWS = 5_000;

    private static String csv;
    private static List<CSVRecord> records;

    @BeforeAll
    static void generate() throws IOException {
        csv = write(42, ROWS);
        try (CSVParser parser = CSVParser.parse(csv, CSVFormat.RFC4180.builder()
                .setHeader().setSkipHeaderRecord(true).get())) {
            records = parser.getRecords();
        }
    }

    @Test
    void headerIsExact() throws IOException {
        assertTrue(csv.startsWith(HEADER + "\n"));
        assertEquals(HEADER + "\n", write(1, 0));
    }

    @Test
    void sameSeedGivesIdenticalBytesAndOtherSeedsDiffer() throws IOException {
        assertEquals(csv, write(42, ROWS));
        DemoCustomers reused = new DemoCustomers(7);
        assertEquals(write(reused, 100), write(reused, 100), "a second call on one instance must repeat itself");
        assertNotEquals(csv, write(43, ROWS));
    }

    @Test
    void everyRowParsesIntoElevenFieldsWithSequentialIds() {
        assertEquals(ROWS, records.size());
        assertFalse(csv.contains("\r"), "line ends must be '\\n'");
        for (int i = 0; i < records.size(); i++) {
            CSVRecord row = records.get(i);
            assertEquals(11, row.size(), "row " + (i + 1));
            assertEquals(String.format("DEMO-%06d", i + 1), row.get("external_id"));
            assertFalse(row.get("name").isBlank());
        }
    }

    @Test
    void namesWithCommasAndQuotesAreQuoted() {
        long commas = count(r -> r.get("name").contains(","));
        long quotes = count(r -> r.get("name").contains("\""));
        assertTrue(commas >= 5, "names with a comma: " + commas);
        assertTrue(quotes >= 5, "names with a double quote: " + quotes);
        assertTrue(csv.contains("\"\""), "embedded quotes must be doubled");
    }

    @Test
    void namesAreWrittenInTheirOwnScripts() {
        long arabicScript = count(r -> ARABIC_SCRIPT.matcher(r.get("name")).find());
        long turkishLetters = count(r -> TURKISH_LETTERS.matcher(r.get("name")).find());
        assertTrue(arabicScript > ROWS * 0.40, "names in Arabic script: " + arabicScript);
        assertTrue(turkishLetters > ROWS * 0.20, "names with İ, ı, ş or ğ: " + turkishLetters);

        for (CSVRecord row : records) {
            String name = row.get("name");
            boolean arabicScriptName = ARABIC_SCRIPT.matcher(name).find();
            switch (culture(row.get("country"))) {
                case "fa":
                    assertTrue(PERSIAN_LETTERS.matcher(name).find(), "Persian name without Persian letters: " + name);
                    assertFalse(ARABIC_ONLY_LETTERS.matcher(name).find(), "Arabic ي/ك in a Persian name: " + name);
                    break;
                case "ar":
                    assertTrue(arabicScriptName, "Arabic name not in Arabic script: " + name);
                    assertFalse(PERSIAN_LETTERS.matcher(name).find(), "Persian letters in an Arabic name: " + name);
                    break;
                default:
                    assertFalse(arabicScriptName, "Latin-script culture written in Arabic script: " + name);
            }
        }
    }

    @Test
    void culturesAreMixedAsTargeted() {
        Map<String, Double> target = Map.of("tr", 0.30, "fa", 0.25, "ar", 0.20, "en", 0.25);
        Map<String, Integer> counts = new HashMap<>();
        records.forEach(r -> counts.merge(culture(r.get("country")), 1, Integer::sum));
        target.forEach((culture, share) -> {
            double actual = counts.getOrDefault(culture, 0) / (double) ROWS;
            assertEquals(share, actual, 0.05, culture + " share");
        });
    }

    @Test
    void namesAreVaried() {
        Set<String> distinct = new HashSet<>();
        records.forEach(r -> distinct.add(r.get("name")));
        assertTrue(distinct.size() > ROWS * 0.6, "distinct names: " + distinct.size());
    }

    @Test
    void gapRatesAreRealistic() {
        long noBusiness = count(r -> r.get("business_value").isEmpty());
        long noCx = count(r -> r.get("cx_score").isEmpty());
        long neither = count(r -> r.get("business_value").isEmpty() && r.get("cx_score").isEmpty());
        assertEquals(0.04, noBusiness / (double) ROWS, 0.015, "missing business_value");
        assertEquals(0.07, noCx / (double) ROWS, 0.015, "missing cx_score");
        assertEquals(0.02, neither / (double) ROWS, 0.01, "missing both");
    }

    @Test
    void metricsArePlainDecimalsAndNeverZero() {
        Pattern money = Pattern.compile("-?\\d+\\.\\d{2}");
        Pattern cx = Pattern.compile("\\d{1,2}\\.\\d");
        Pattern wallet = Pattern.compile("[01]\\.\\d{3}");
        for (CSVRecord row : records) {
            // Unknown is an empty cell; a zero would be read as a real (and terrible) value.
            checkMetric(row, "business_value", money, "-1e12", "1e12");
            checkMetric(row, "cx_score", cx, "0", "10");
            checkMetric(row, "revenue", money, "0", "1e12");
            checkMetric(row, "share_of_wallet", wallet, "0", "1");
            assertFalse(row.get("revenue").isEmpty(), "revenue is always known");
            assertFalse(row.get("share_of_wallet").isEmpty(), "share_of_wallet is always known");
        }
    }

    @Test
    void profitIsParetoDistributedWithSomeLossMakers() {
        List<BigDecimal> values = new ArrayList<>();
        for (CSVRecord row : records) {
            if (!row.get("business_value").isEmpty()) {
                values.add(new BigDecimal(row.get("business_value")));
            }
        }
        values.sort(Comparator.reverseOrder());
        BigDecimal positiveTotal = values.stream().filter(v -> v.signum() > 0).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal top = values.subList(0, (int) Math.ceil(values.size() * 0.2)).stream()
                .filter(v -> v.signum() > 0).reduce(BigDecimal.ZERO, BigDecimal::add);
        double topShare = top.doubleValue() / positiveTotal.doubleValue();
        assertTrue(topShare >= 0.70 && topShare <= 0.90, "top 20% share of profit: " + topShare);

        long negatives = values.stream().filter(v -> v.signum() < 0).count();
        assertEquals(0.06, negatives / (double) values.size(), 0.02, "share of loss-making customers");
    }

    @Test
    void revenueIsPositiveAndAtLeastTheProfit() {
        for (CSVRecord row : records) {
            BigDecimal revenue = new BigDecimal(row.get("revenue"));
            assertTrue(revenue.signum() > 0, row.get("external_id"));
            if (!row.get("business_value").isEmpty()) {
                assertTrue(revenue.compareTo(new BigDecimal(row.get("business_value"))) >= 0, row.get("external_id"));
            }
        }
    }

    @Test
    void cxIsMildlyCorrelatedWithProfitAndHasTies() {
        List<double[]> pairs = new ArrayList<>();
        Map<String, Integer> cxCounts = new HashMap<>();
        for (CSVRecord row : records) {
            if (!row.get("cx_score").isEmpty()) {
                cxCounts.merge(row.get("cx_score"), 1, Integer::sum);
                if (!row.get("business_value").isEmpty()) {
                    pairs.add(new double[] {Double.parseDouble(row.get("business_value")),
                        Double.parseDouble(row.get("cx_score"))});
                }
            }
        }
        double rho = spearman(pairs);
        assertTrue(rho > 0.1 && rho < 0.5, "rank correlation of profit and CX: " + rho);
        int commonest = cxCounts.values().stream().max(Integer::compare).orElse(0);
        assertTrue(commonest >= ROWS / 100, "most frequent CX score occurs " + commonest + " times");
    }

    @Test
    void descriptiveColumnsAreConsistent() {
        Set<String> industries = Set.of(DemoCustomers.INDUSTRIES);
        Set<String> segments = Set.of("Enterprise", "Mid-market", "SMB", "Consumer");
        Set<String> owners = new HashSet<>(new DemoCustomers(42).owners());
        Pattern email = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*@[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9-]+)*\\.example");
        Set<String> usedOwners = new HashSet<>();
        for (CSVRecord row : records) {
            String segment = row.get("segment");
            assertTrue(segments.contains(segment), segment);
            // Consumers are private persons: an industry does not apply to them.
            if (segment.equals("Consumer")) {
                assertEquals("", row.get("industry"));
            } else {
                assertTrue(industries.contains(row.get("industry")), row.get("industry"));
            }
            assertTrue(owners.contains(row.get("owner")), row.get("owner"));
            usedOwners.add(row.get("owner"));
            assertTrue(email.matcher(row.get("email")).matches(), row.get("email"));
        }
        assertEquals(owners, usedOwners, "every account manager owns customers");
    }

    @Test
    void emailSlugsFoldNamesToAscii() {
        assertEquals("isiklar-gida", DemoCustomers.slug("Işıklar Gıda"));
        assertEquals("inci-celik", DemoCustomers.slug("İnci Çelik"));
        assertEquals("obrien", DemoCustomers.slug("O'Brien"));
        assertEquals("harrow-finch", DemoCustomers.slug("Harrow & Finch"));
        assertEquals("ciaran", DemoCustomers.slug("Ciarán"));
    }

    @Test
    void ownersAreEightDistinctUserNames() {
        List<String> owners = new DemoCustomers(1).owners();
        assertEquals(8, owners.size());
        assertEquals(8, new HashSet<>(owners).size());
        assertTrue(owners.containsAll(List.of("ayse.yilmaz", "reza.karimi", "fatima.hassan", "emma.clark")));
        owners.forEach(o -> assertTrue(o.matches("[a-z]+\\.[a-z]+"), o));
    }

    @Test
    void negativeCountIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new DemoCustomers(1).writeCsv(-1, new StringWriter()));
    }

    @Test
    void writesAMillionRowsExactly() {
        LineCountingWriter out = new LineCountingWriter(Long.MAX_VALUE);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> new DemoCustomers(5).writeCsv(1_000_000, out));
        assertEquals(1_000_001, out.lines);
    }

    @Test
    void streamsRowsInsteadOfBuildingThemFirst() {
        // Asking for more rows than any list could hold: only a streaming writer reaches the output.
        LineCountingWriter out = new LineCountingWriter(1_000);
        IOException stop = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(IOException.class, () -> new DemoCustomers(5).writeCsv(Integer.MAX_VALUE, out)));
        assertEquals("enough", stop.getMessage());
        assertEquals(1_000, out.lines);
    }

    private static final Pattern ARABIC_SCRIPT = Pattern.compile("[\\u0600-\\u06FF]");
    private static final Pattern PERSIAN_LETTERS = Pattern.compile("[پچژگیک]");
    private static final Pattern ARABIC_ONLY_LETTERS = Pattern.compile("[يك]");
    private static final Pattern TURKISH_LETTERS = Pattern.compile("[İıŞşĞğ]");

    private static String culture(String country) {
        switch (country) {
            case "TR": return "tr";
            case "IR": return "fa";
            case "SA": case "AE": case "EG": case "QA": return "ar";
            case "GB": case "US": case "IE": return "en";
            default: throw new AssertionError("unexpected country " + country);
        }
    }

    private static void checkMetric(CSVRecord row, String column, Pattern format, String min, String max) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return;
        }
        assertTrue(format.matcher(value).matches(), column + " '" + value + "' in " + row.get("external_id"));
        BigDecimal number = new BigDecimal(value);
        assertNotEquals(0, number.signum(), column + " zero in " + row.get("external_id"));
        assertTrue(number.compareTo(new BigDecimal(min)) >= 0 && number.compareTo(new BigDecimal(max)) <= 0,
                column + " out of range: " + value);
    }

    private static long count(Predicate<CSVRecord> condition) {
        return records.stream().filter(condition).count();
    }

    private static double spearman(List<double[]> pairs) {
        double[] x = ranks(pairs, 0);
        double[] y = ranks(pairs, 1);
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    /** Average ranks, so tied CX scores share one rank. */
    private static double[] ranks(List<double[]> pairs, int column) {
        Integer[] order = new Integer[pairs.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> pairs.get(i)[column]));
        double[] ranks = new double[order.length];
        for (int start = 0; start < order.length; ) {
            int end = start;
            while (end + 1 < order.length && pairs.get(order[end + 1])[column] == pairs.get(order[start])[column]) {
                end++;
            }
            for (int k = start; k <= end; k++) {
                ranks[order[k]] = (start + end) / 2.0;
            }
            start = end + 1;
        }
        return ranks;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static String write(long seed, int count) throws IOException {
        return write(new DemoCustomers(seed), count);
    }

    private static String write(DemoCustomers customers, int count) throws IOException {
        StringWriter out = new StringWriter();
        customers.writeCsv(count, out);
        return out.toString();
    }

    /** Counts '\n' and keeps nothing; refuses further output once {@code limit} lines have arrived. */
    private static final class LineCountingWriter extends Writer {
        private final long limit;
        long lines;

        LineCountingWriter(long limit) {
            this.limit = limit;
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            if (lines >= limit) {
                throw new IOException("enough");
            }
            for (int i = offset; i < offset + length; i++) {
                if (buffer[i] == '\n') {
                    lines++;
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
