import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * The register of a whole country's social economy, synthetic and always the same: 100,000
 * organisations (20 of them OWES) as the CSV that an administrator uploads to
 * {@code POST /api/v1/organisations/import}. Names are drawn from Polish words, so a search
 * for one word finds a realistic share of the register rather than one row or all of them.
 *
 * <pre>java bench/national/Organisations.java gminas.txt organisations.csv [rows]
 * java bench/national/Organisations.java --queries queries.txt</pre>
 *
 * {@code gminas.txt} holds the region's gmina TERYT codes, one per line; the seed is fixed. With
 * {@code --queries} it writes instead 1,000 distinct searches a visitor could type, one a line,
 * lower case: every single word of the names and then word pairs drawn with a fixed seed, so that
 * each request of the uncached search run asks something no earlier request asked.
 */
public class Organisations {

    static final long SEED = 20261125L;

    static final List<String> FORMS = List.of("Stowarzyszenie", "Fundacja", "Spółdzielnia Socjalna",
            "Koło Gospodyń Wiejskich", "Centrum Integracji Społecznej", "Klub Integracji Społecznej",
            "Warsztat Terapii Zajęciowej", "Zakład Aktywności Zawodowej", "Spółdzielnia Pracy", "Fundacja Rozwoju");

    // kind of the register for each form above, in the same order
    static final List<String> KINDS = List.of("NGO", "NGO", "SOCIAL_COOPERATIVE", "RURAL_HOUSEWIVES_CIRCLE", "CIS",
            "KIS", "WTZ", "ZAZ", "WORK_COOPERATIVE", "NGO");

    // how often each form occurs, per mille: associations and foundations dominate, as in the real register
    static final int[] SHARE = {380, 200, 90, 120, 30, 30, 40, 20, 40, 50};

    static final List<String> WORDS = List.of("Bursztyn", "Kaszuby", "Żuławy", "Kociewie", "Mewa", "Razem",
            "Nadzieja", "Przystań", "Latarnia", "Wydma", "Zatoka", "Sosna", "Dąb", "Łąka", "Źródło", "Most",
            "Pomost", "Kotwica", "Żagiel", "Horyzont", "Wspólnota", "Sąsiedzi", "Dobry Start", "Nowa Szansa",
            "Otwarte Drzwi", "Pracownia", "Piekarnia", "Ogród", "Spichlerz", "Młyn", "Tęcza", "Słoneczko",
            "Wrzos", "Jantar", "Rybak", "Kormoran", "Bałtyk", "Wisła", "Brda", "Radunia");

    static final List<String> FIELDS = List.of("CATERING", "CLEANING", "CARE", "CONSTRUCTION", "GREENERY",
            "TOURISM", "CULTURE", "EDUCATION", "CRAFTS", "TRANSPORT");

    static final List<String> STREETS = List.of("Długa", "Polna", "Szkolna", "Kościuszki", "Ogrodowa", "Morska",
            "Lipowa", "Kwiatowa", "Słoneczna", "Gdańska");

    static final int QUERIES = 1000;

    public static void main(String[] args) throws IOException {
        if (args[0].equals("--queries")) {
            queries(Path.of(args[1]));
            return;
        }
        List<String> gminas = Files.readAllLines(Path.of(args[0])).stream().map(String::strip)
                .filter(s -> !s.isEmpty()).sorted().toList();
        int rows = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        Random random = new Random(SEED);
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            out.write("Nazwa;Rodzaj;NIP;REGON;Gmina;Ulica;Kod pocztowy;Miejscowość;E-mail;Obszary działalności;"
                    + "Zatrudnieni\n");
            for (int i = 0; i < rows; i++) {
                String gmina = gminas.get(random.nextInt(gminas.size()));
                String name;
                String kind;
                if (i < 20) {
                    // one OWES per subregion of each of the 16 voivodeships would be ~60; 20 is what the issue sets
                    name = "Ośrodek Wsparcia Ekonomii Społecznej " + WORDS.get(i) + " nr " + (i + 1);
                    kind = "OWES";
                } else {
                    int form = form(random.nextInt(1000));
                    String word = WORDS.get(random.nextInt(WORDS.size()));
                    String second = WORDS.get(random.nextInt(WORDS.size()));
                    name = FORMS.get(form) + " „" + word + (random.nextInt(3) == 0 ? " i " + second : "") + "” nr " + i;
                    kind = KINDS.get(form);
                }
                String fields = FIELDS.get(random.nextInt(FIELDS.size()))
                        + (random.nextBoolean() ? "|" + FIELDS.get(random.nextInt(FIELDS.size())) : "");
                out.write(name + ";" + kind + ";" + nip(i) + ";" + (random.nextBoolean() ? regon(i) : "") + ";"
                        + gmina + ";ul. " + STREETS.get(random.nextInt(STREETS.size())) + " " + (1 + random.nextInt(120))
                        + ";" + String.format("%02d-%03d", 76 + random.nextInt(8), random.nextInt(1000)) + ";"
                        + "Miejscowość " + gmina + ";biuro" + i + "@example.pl;" + fields + ";"
                        + random.nextInt(40) + "\n");
            }
        }
    }

    private static void queries(Path file) throws IOException {
        java.util.Set<String> words = new java.util.LinkedHashSet<>();
        for (String phrase : FORMS) {
            words.addAll(List.of(phrase.toLowerCase(java.util.Locale.ROOT).split(" ")));
        }
        for (String phrase : WORDS) {
            words.addAll(List.of(phrase.toLowerCase(java.util.Locale.ROOT).split(" ")));
        }
        List<String> single = List.copyOf(words);
        java.util.Set<String> queries = new java.util.LinkedHashSet<>(single);
        Random random = new Random(SEED);
        while (queries.size() < QUERIES) {
            String first = single.get(random.nextInt(single.size()));
            String second = single.get(random.nextInt(single.size()));
            if (!first.equals(second)) {
                queries.add(first + " " + second);
            }
        }
        Files.write(file, queries, StandardCharsets.UTF_8);
    }

    private static int form(int perMille) {
        int sum = 0;
        for (int form = 0; form < SHARE.length; form++) {
            sum += SHARE[form];
            if (perMille < sum) {
                return form;
            }
        }
        return 0;
    }

    /** A NIP with a valid check digit, distinct for every row (the last digit is the checksum). */
    static String nip(int i) {
        int[] weights = {6, 5, 7, 2, 3, 4, 5, 6, 7};
        for (long base = 100_000_000L + i * 10L; ; base++) {
            String digits = Long.toString(base);
            int sum = 0;
            for (int d = 0; d < 9; d++) {
                sum += (digits.charAt(d) - '0') * weights[d];
            }
            if (sum % 11 != 10) {
                return digits + (sum % 11);
            }
        }
    }

    /** A 9-digit REGON with a valid check digit, distinct for every row. */
    static String regon(int i) {
        int[] weights = {8, 9, 2, 3, 4, 5, 6, 7};
        String digits = Long.toString(10_000_000L + i);
        int sum = 0;
        for (int d = 0; d < 8; d++) {
            sum += (digits.charAt(d) - '0') * weights[d];
        }
        return digits + (sum % 11 % 10);
    }
}
