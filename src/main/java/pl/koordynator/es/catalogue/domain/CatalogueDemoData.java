package pl.koordynator.es.catalogue.domain;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.modulith.ApplicationModuleInitializer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationStatus;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.shared.DemoDataSets;
import pl.koordynator.es.shared.Installation;
import pl.koordynator.es.shared.PlatformSettings;

/**
 * Demo catalogue: about 120 fictional offers of the demo PES in every category, most published,
 * some in review, returned or drafts; each with one to three pictures drawn here (a gradient in the
 * category's colour with its initials: nothing is downloaded) and processed like an upload; 15
 * offers with the "Zakup Prospołeczny" mark (three expiring within 30 days, so ROPS's card shows
 * them); a few inquiries with their outcomes and two weeks of views. Written straight to the
 * module's own tables, as a first start has nobody signed in to pass the services' checks. It runs at
 * every first start, so it is kept quick: each picture is drawn once per top category and variant,
 * at the sizes served (so nothing is decoded or resampled), encoded like an upload and shared by the
 * offers that use it, and the rows go in batches.
 */
@Component
class CatalogueDemoData implements ApplicationModuleInitializer {

    private static final Logger log = LoggerFactory.getLogger(CatalogueDemoData.class);

    static final int OFFERS = 120;
    static final int MARKED = 15;

    /** The width of the large version drawn: what the offer page shows of it at most. */
    static final int LARGE_WIDTH = 640;

    /** An offer's wording: {@code {town}} is replaced by the PES's town. */
    record Template(String category, String kind, String name, String description, String price, String unit,
            String initials) {
    }

    static final List<Template> TEMPLATES = List.of(
            new Template("CLEANING_OFFICES", "SERVICE", "Sprzątanie biur – {town}",
                    "Codzienne i okresowe sprzątanie biur, urzędów i szkół. Własne środki i sprzęt, stała ekipa, umowa na miesiąc lub dłużej.",
                    "28.00", "za godz.", "SB"),
            new Template("CLEANING_HOMES", "SERVICE", "Sprzątanie mieszkań i domów",
                    "Sprzątanie po remoncie, przed świętami i regularne. Pracujemy w parach, ekologicznymi środkami.",
                    "35.00", "za godz.", "SM"),
            new Template("CLEANING_WINDOWS", "SERVICE", "Mycie okien i witryn – {town}",
                    "Mycie okien, witryn i przeszkleń do wysokości 6 m, także w budynkach użyteczności publicznej.",
                    "12.00", "za m²", "MO"),
            new Template("CLEANING_LAUNDRY", "SERVICE", "Pralnia i magiel",
                    "Pranie i maglowanie pościeli, obrusów i odzieży roboczej dla pensjonatów, szkół i domów pomocy.",
                    "9.50", "za kg", "PM"),
            new Template("CATERING_EVENTS", "SERVICE", "Catering na konferencje – {town}",
                    "Przerwy kawowe, lunche i obiady na spotkania do 200 osób. Menu wegetariańskie i bezglutenowe.",
                    "45.00", "za osobę", "CK"),
            new Template("CATERING_MEALS", "SERVICE", "Obiady dla szkół i przedszkoli",
                    "Codzienne dwudaniowe obiady z dowozem, jadłospis układany z dietetykiem, zgodny z wymogami sanepidu.",
                    "14.00", "za porcję", "OS"),
            new Template("CATERING_BAKERY", "PRODUCT", "Domowe ciasta i przetwory",
                    "Drożdżowce, serniki, konfitury i ogórki kiszone z lokalnych owoców i warzyw. Zamówienia od 5 sztuk.",
                    "38.00", "za szt.", "CP"),
            new Template("CATERING_RESTAURANT", "SERVICE", "Kawiarnia społeczna – {town}",
                    "Kawiarnia prowadzona przez spółdzielnię socjalną: śniadania, ciasta, spotkania i wynajem sali.",
                    null, null, "KS"),
            new Template("CONSTRUCTION_FINISHING", "SERVICE", "Malowanie i prace wykończeniowe",
                    "Malowanie, gładzie, panele i płytki w mieszkaniach, szkołach i urzędach. Bezpłatna wycena na miejscu.",
                    null, null, "PW"),
            new Template("CONSTRUCTION_REPAIRS", "SERVICE", "Drobne naprawy i konserwacja – {town}",
                    "Złota rączka dla wspólnot, szkół i urzędów: naprawy hydrauliczne, elektryczne i stolarskie.",
                    "60.00", "za godz.", "DN"),
            new Template("CONSTRUCTION_CARPENTRY", "PRODUCT", "Meble z drewna na zamówienie",
                    "Ławki, stoły, regały i meble ogrodowe z drewna sosnowego i dębowego, wykonywane w naszej stolarni.",
                    null, null, "MD"),
            new Template("GREEN_MAINTENANCE", "SERVICE", "Koszenie i utrzymanie zieleni – {town}",
                    "Koszenie trawników, przycinanie żywopłotów, grabienie liści. Obsługa parków, cmentarzy i osiedli.",
                    "0.35", "za m²", "UZ"),
            new Template("GREEN_PLANTING", "SERVICE", "Zakładanie ogrodów i nasadzenia",
                    "Projekt i nasadzenia rabat, łąk kwietnych i żywopłotów; sadzonki z własnej szkółki.",
                    null, null, "ZO"),
            new Template("GREEN_WINTER", "SERVICE", "Odśnieżanie chodników i parkingów",
                    "Całodobowa gotowość od listopada do marca, odśnieżanie ręczne i mechaniczne, posypywanie.",
                    "1500.00", "za miesiąc", "OD"),
            new Template("CARE_ELDERLY", "SERVICE", "Usługi opiekuńcze w domu – {town}",
                    "Pomoc w codziennych czynnościach, zakupy, towarzyszenie u lekarza. Opiekunki z kwalifikacjami.",
                    "42.00", "za godz.", "UO"),
            new Template("CARE_DISABLED", "SERVICE", "Asystencja osobista",
                    "Asystent osoby z niepełnosprawnością w domu, w pracy i w podróży; usługi w programach gmin.",
                    "45.00", "za godz.", "AO"),
            new Template("CARE_CHILDREN", "SERVICE", "Opieka nad dziećmi podczas wydarzeń",
                    "Kącik dziecięcy z animatorami na konferencjach, festynach i zebraniach wiejskich.",
                    "300.00", "za dzień", "OD"),
            new Template("CRAFTS_GIFTS", "PRODUCT", "Upominki z logo dla instytucji",
                    "Torby, kubki, notesy i drewniane gadżety z nadrukiem; zamówienia od 50 sztuk, pakowanie w papier.",
                    "18.00", "za szt.", "UL"),
            new Template("CRAFTS_TEXTILES", "PRODUCT", "Torby i tekstylia szyte ręcznie",
                    "Torby lniane, fartuchy, obrusy i maseczki szyte w pracowni spółdzielni. Haft komputerowy.",
                    "25.00", "za szt.", "TT"),
            new Template("CRAFTS_CERAMICS", "PRODUCT", "Ceramika kaszubska",
                    "Ręcznie malowane kubki, talerze i ozdoby z motywami kaszubskimi; zestawy na upominki.",
                    "55.00", "za szt.", "CK"),
            new Template("CRAFTS_FOOD", "PRODUCT", "Miody i produkty regionalne – {town}",
                    "Miód wielokwiatowy i gryczany, nalewki bezalkoholowe, sery z lokalnych gospodarstw; kosze upominkowe.",
                    "40.00", "za słoik", "MR"),
            new Template("PRINTING_OFFSET", "SERVICE", "Druk ulotek, plakatów i wizytówek",
                    "Druk cyfrowy i offsetowy małych i średnich nakładów, także na papierze z recyklingu.",
                    null, null, "DU"),
            new Template("PRINTING_BINDING", "SERVICE", "Introligatornia – oprawa dokumentów",
                    "Oprawa prac dyplomowych, ksiąg i dokumentacji urzędowej; renowacja starych książek.",
                    "15.00", "za szt.", "IO"),
            new Template("PRINTING_DESIGN", "SERVICE", "Projekty graficzne i identyfikacja wizualna",
                    "Logo, plakaty, publikacje i materiały promocyjne dostępne cyfrowo (WCAG).",
                    null, null, "PG"),
            new Template("EDUCATION_WORKSHOPS", "SERVICE", "Warsztaty ekologiczne dla szkół",
                    "Zajęcia o segregacji, kompostowaniu i bioróżnorodności dla klas 1–8, z materiałami.",
                    "400.00", "za warsztat", "WE"),
            new Template("EDUCATION_COURSES", "SERVICE", "Kursy zawodowe – pomoc kuchenna i opiekun",
                    "Kursy z praktyką w naszej kuchni i domu opieki, zakończone zaświadczeniem.",
                    null, null, "KZ"),
            new Template("EDUCATION_CHILDREN", "SERVICE", "Zajęcia plastyczne i teatralne dla dzieci",
                    "Półkolonie, zajęcia pozalekcyjne i warsztaty w bibliotekach i świetlicach wiejskich.",
                    "250.00", "za zajęcia", "ZP"),
            new Template("TOURISM_ACCOMMODATION", "SERVICE", "Noclegi w agroturystyce – {town}",
                    "Pokoje dla grup do 30 osób, sala szkoleniowa i wyżywienie; obiekt dostępny dla wózków.",
                    "120.00", "za osobę i noc", "NA"),
            new Template("TOURISM_TRIPS", "SERVICE", "Wycieczki z przewodnikiem po Kaszubach",
                    "Piesze i rowerowe trasy z przewodnikiem, zwiedzanie skansenów, lekcje języka kaszubskiego.",
                    "35.00", "za osobę", "WK"),
            new Template("TOURISM_EVENTS", "SERVICE", "Organizacja festynów i pikników",
                    "Festyny gminne, pikniki rodzinne i imprezy integracyjne: scena, namioty, animacje, catering.",
                    null, null, "OF"),
            new Template("OTHER_TRANSPORT", "SERVICE", "Przeprowadzki i transport – {town}",
                    "Przeprowadzki biur i mieszkań, transport mebli, wywóz gabarytów; ekipa i bus 3,5 t.",
                    "150.00", "za godz.", "PT"),
            new Template("OTHER_ADMIN", "SERVICE", "Niszczenie i archiwizacja dokumentów",
                    "Bezpieczne niszczenie dokumentów z protokołem, skanowanie i porządkowanie archiwów zakładowych.",
                    "2.00", "za kg", "ND"),
            new Template("OTHER_MISC", "SERVICE", "Wypożyczalnia sprzętu rehabilitacyjnego",
                    "Wózki, balkoniki i łóżka rehabilitacyjne na krótki i długi czas, z dowozem i instruktażem.",
                    "80.00", "za miesiąc", "WS"));

    private static final Map<String, Color> COLOURS = Map.of("CATERING", new Color(0xC0392B),
            "CLEANING", new Color(0x2471A3), "CONSTRUCTION", new Color(0x935116), "GREEN", new Color(0x1E8449),
            "CARE", new Color(0x7D3C98), "CRAFTS", new Color(0xB9770E), "PRINTING", new Color(0x2E4053),
            "EDUCATION", new Color(0x117A65), "TOURISM", new Color(0x1F618D), "OTHER", new Color(0x566573));

    private static final String[] ALT = {"Zdjęcie poglądowe oferty „%s”: %s", "Przykład realizacji: %s",
            "Zespół przy pracy: %s"};

    private static final String[] BUYERS = {"Urząd Gminy Kolbudy", "Szkoła Podstawowa nr 3", "Fundacja Morska",
            "Dom Pomocy Społecznej", "Hotel Nadmorski", "Starostwo Powiatowe"};

    private final Installation installation;
    private final DemoDataSets demoDataSets;
    private final Organisations organisations;
    private final PhotoProcessor photos;
    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final PlatformSettings platform;
    private final Clock clock;
    private final TransactionTemplate transaction;

    CatalogueDemoData(Installation installation, DemoDataSets demoDataSets, Organisations organisations,
            PhotoProcessor photos, JdbcClient jdbc, NamedParameterJdbcTemplate batch, PlatformSettings platform,
            Clock clock, TransactionTemplate transaction) {
        this.installation = installation;
        this.demoDataSets = demoDataSets;
        this.organisations = organisations;
        this.photos = photos;
        this.jdbc = jdbc;
        this.batch = batch;
        this.platform = platform;
        this.clock = clock;
        this.transaction = transaction;
    }

    @Override
    public void initialize() {
        transaction.executeWithoutResult(status -> {
            if (!installation.demoData() || !demoDataSets.claim("catalogue")) {
                return;
            }
            long started = System.nanoTime();
            int offers = load(LocalDate.now(clock.withZone(platform.timeZone())));
            log.info("Demo catalogue loaded: {} offers, {} marked (fictional) in {} ms", offers, MARKED,
                    (System.nanoTime() - started) / 1_000_000);
        });
    }

    /** Loads the demo offers of the active demo PES; the number of offers written. */
    int load(LocalDate today) {
        List<OrganisationView> pes = Kind.pesKinds().stream().flatMap(kind -> organisations.ofKind(kind).stream())
                .filter(organisation -> organisation.status() == OrganisationStatus.ACTIVE)
                .sorted(java.util.Comparator.comparingLong(OrganisationView::id)).toList();
        if (pes.isEmpty()) {
            return 0;
        }
        List<OrganisationView> owners = owners(pes);
        Random random = new Random(21);
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<MapSqlParameterSource> offerRows = new ArrayList<>();
        List<Integer> photoCounts = new ArrayList<>();
        for (int i = 0; i < OFFERS; i++) {
            OrganisationView organisation = owners.get(i);
            Template template = TEMPLATES.get(template(i));
            String status = i % 20 == 3 ? "IN_REVIEW" : i % 30 == 7 ? "RETURNED" : i % 40 == 11 ? "DRAFT" : "PUBLISHED";
            OffsetDateTime created = now.minusDays(10 + random.nextInt(300));
            offerRows.add(offer(organisation, template, status, created, random));
            photoCounts.add(1 + random.nextInt(3));
        }
        // One batch per table rather than a round trip per row: 120 offers bring about 500 rows.
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        batch.batchUpdate(OFFER_INSERT, offerRows.toArray(MapSqlParameterSource[]::new), keys, new String[] {"id"});
        List<Long> ids = keys.getKeyList().stream().map(key -> ((Number) key.get("id")).longValue()).toList();

        long drawing = System.nanoTime();
        Map<String, List<PhotoProcessor.ProcessedPhoto>> pictures = new HashMap<>();
        List<Long> published = new ArrayList<>();
        List<MapSqlParameterSource> areas = new ArrayList<>();
        List<MapSqlParameterSource> reviews = new ArrayList<>();
        List<MapSqlParameterSource> photoRows = new ArrayList<>();
        for (int i = 0; i < OFFERS; i++) {
            long offer = ids.get(i);
            MapSqlParameterSource row = offerRows.get(i);
            if (row.getValue("published") != null) {
                published.add(offer);
                reviews.add(new MapSqlParameterSource("offer", offer).addValue("at", row.getValue("published")));
            }
            if ("GMINAS".equals(row.getValue("scope"))) {
                areas.add(new MapSqlParameterSource("offer", offer).addValue("teryt", row.getValue("gmina"))
                        .addValue("name", row.getValue("place")));
            }
            Template template = TEMPLATES.get(template(i));
            OrganisationView organisation = owners.get(i);
            String topCategory = template.category().substring(0, template.category().indexOf('_'));
            List<PhotoProcessor.ProcessedPhoto> drawn = pictures.computeIfAbsent(topCategory, code -> new ArrayList<>());
            for (int p = 0; p < photoCounts.get(i); p++) {
                // Offers of a top category share its pictures: each is drawn and encoded once.
                while (drawn.size() <= p) {
                    drawn.add(photos.encodeDrawn(draw(template, drawn.size(), LARGE_WIDTH),
                            draw(template, drawn.size(), PhotoProcessor.THUMBNAIL)));
                }
                photoRows.add(photo(offer, p + 1, ALT[p].formatted(name(template, organisation), template.description()
                        .split("[.:]")[0].toLowerCase(java.util.Locale.ROOT)), drawn.get(p)));
            }
        }
        long drawn = (System.nanoTime() - drawing) / 1_000_000;
        batch.batchUpdate("insert into catalogue_offer_area (offer_id, teryt, name) values (:offer, :teryt, :name)",
                areas.toArray(MapSqlParameterSource[]::new));
        batch.batchUpdate("insert into catalogue_offer_review (offer_id, status, at) values (:offer, 'PUBLISHED', :at)",
                reviews.toArray(MapSqlParameterSource[]::new));
        batch.batchUpdate("""
                insert into catalogue_offer_photo (offer_id, position, alt_text, content_type, width, height, thumbnail,
                    large, sha256)
                values (:offer, :position, :alt, :type, :width, :height, :thumbnail, :large, :sha256)""",
                photoRows.toArray(MapSqlParameterSource[]::new));
        marks(published, today);
        applications(published, now);
        inquiries(published, now);
        views(today);
        log.info("Demo catalogue: {} pictures drawn and encoded in {} ms", pictures.values().stream()
                .mapToInt(List::size).sum(), drawn);
        return OFFERS;
    }

    /** The template of the offer {@code i}: consecutive offers of a PES differ in category. */
    /**
     * The PES writing each offer, in turn; the first office cleaning goes to a PES in Gdańsk when
     * there is one, so the search everybody tries first ("sprzatanie gdansk") finds it by name.
     */
    private static List<OrganisationView> owners(List<OrganisationView> pes) {
        List<OrganisationView> owners = new ArrayList<>();
        for (int i = 0; i < OFFERS; i++) {
            owners.add(pes.get(i % pes.size()));
        }
        for (int i = 0; i < OFFERS; i++) {
            if (TEMPLATES.get(template(i)).category().equals("CLEANING_OFFICES")) {
                int first = i;
                pes.stream().filter(organisation -> "Gdańsk".equals(organisation.town())).findFirst()
                        .ifPresent(inGdansk -> owners.set(first, inGdansk));
                break;
            }
        }
        return owners;
    }

    private static int template(int i) {
        return (i * 7 + i / TEMPLATES.size()) % TEMPLATES.size();
    }

    private static final String OFFER_INSERT = """
            insert into catalogue_offer (organisation_id, organisation_name, organisation_kind, organisation_town,
                organisation_gmina_teryt, organisation_powiat_teryt, organisation_active, social_enterprise_since,
                social_enterprise_until, kind, name, category_code, top_category_code, description, price_amount,
                price_unit, price_on_request, minimum_order, area_scope, lead_time, contact_route, contact_email,
                status, review_comment, published_at, first_published_at, created_at, updated_at, place_search)
            values (:organisation, :organisationName, :organisationKind, :town, :gmina, :powiat, true, :seSince,
                :seUntil, :kind, :name, :category, :topCategory, :description, :price, :unit, :onRequest,
                :minimumOrder, :scope, :leadTime, :route, :email, :status, :comment, :published, :published,
                :created, coalesce(:published, :created), registry_search_text(:place))""";

    private MapSqlParameterSource offer(OrganisationView organisation, Template template, String status,
            OffsetDateTime created, Random random) {
        String topCategory = template.category().substring(0, template.category().indexOf('_'));
        boolean onRequest = template.price() == null;
        boolean local = random.nextInt(3) == 0 && organisation.gminaTeryt() != null;
        String place = organisation.town() == null ? "" : organisation.town();
        OffsetDateTime published = status.equals("PUBLISHED") ? created.plusDays(2) : null;
        return new MapSqlParameterSource()
                .addValue("organisation", organisation.id()).addValue("organisationName", organisation.name())
                .addValue("organisationKind", organisation.kind().name()).addValue("town", organisation.town(), Types.VARCHAR)
                .addValue("gmina", organisation.gminaTeryt(), Types.VARCHAR)
                .addValue("powiat", organisation.powiatTeryt(), Types.VARCHAR)
                .addValue("seSince", organisation.socialEnterpriseSince(), Types.DATE)
                .addValue("seUntil", organisation.socialEnterpriseUntil(), Types.DATE)
                .addValue("kind", template.kind()).addValue("name", name(template, organisation))
                .addValue("category", template.category()).addValue("topCategory", topCategory)
                .addValue("description", template.description())
                .addValue("price", onRequest ? null : new BigDecimal(template.price()), Types.NUMERIC)
                .addValue("unit", template.unit(), Types.VARCHAR).addValue("onRequest", onRequest)
                .addValue("minimumOrder", random.nextBoolean() ? null : "od " + (1 + random.nextInt(10)) * 50 + " zł",
                        Types.VARCHAR)
                .addValue("scope", local ? "GMINAS" : random.nextInt(5) == 0 ? "COUNTRY" : "REGION")
                .addValue("leadTime", (1 + random.nextInt(14)) + " dni")
                .addValue("route", "Zapytanie przez katalog lub telefon w dni robocze 8–16")
                .addValue("email", organisation.email(), Types.VARCHAR)
                .addValue("status", status)
                .addValue("comment", status.equals("RETURNED")
                        ? "Proszę uzupełnić cenę lub minimalne zamówienie i dodać zdjęcie realizacji." : null, Types.VARCHAR)
                .addValue("published", published, Types.TIMESTAMP_WITH_TIMEZONE).addValue("created", created)
                .addValue("place", place);
    }

    private static String name(Template template, OrganisationView organisation) {
        String town = organisation.town() == null || organisation.town().isBlank() ? "Pomorze" : organisation.town();
        return template.name().replace("{town}", town);
    }

    private static MapSqlParameterSource photo(long offer, int position, String alt,
            PhotoProcessor.ProcessedPhoto picture) {
        return new MapSqlParameterSource("offer", offer).addValue("position", position)
                .addValue("alt", alt.length() > OfferPhotoService.MAX_ALT ? alt.substring(0, OfferPhotoService.MAX_ALT) : alt)
                .addValue("type", PhotoProcessor.CONTENT_TYPE)
                .addValue("width", picture.width()).addValue("height", picture.height())
                .addValue("thumbnail", picture.thumbnail()).addValue("large", picture.large())
                .addValue("sha256", picture.sha256());
    }

    /** 15 published offers marked; the first three expire within 30 days. */
    private void marks(List<Long> published, LocalDate today) {
        for (int i = 0; i < Math.min(MARKED, published.size()); i++) {
            LocalDate granted = i < 3 ? today.minusYears(1).plusDays(5L + 8 * i) : today.minusDays(20L + 17 * i);
            jdbc.sql("""
                    insert into catalogue_mark_licence (offer_id, organisation_id, licence_number, granted_on, valid_until)
                    select id, organisation_id, :number, :granted, :until from catalogue_offer where id = :offer""")
                    .param("offer", published.get(i * 6 % published.size()))
                    .param("number", "ZP/%d/%03d".formatted(granted.getYear(), i + 1))
                    .param("granted", granted).param("until", granted.plusYears(1).minusDays(1)).update();
        }
    }

    /** Two applications for the mark waiting for the board, of offers not marked yet. */
    private void applications(List<Long> published, OffsetDateTime now) {
        String[][] recommenders = {{"Jan Polecający (DEMO)", "Urząd Gminy Kolbudy"},
                {"Maria Rekomendująca (DEMO)", "Lokalna Grupa Działania „Kaszuby” (DEMO)"}};
        for (int i = 0; i < 2 && published.size() > MARKED * 6 + i; i++) {
            long application = jdbc.sql("""
                    insert into catalogue_mark_application (offer_id, organisation_id, kind, status, social_aims,
                        own_revenue, total_revenue, revenue_year, revenue_evidence, pes_kind, legal_form_met,
                        activity_since, activity_basis, activity_met, submitted_at, submitted_by, created_by, created_at)
                    select o.id, o.organisation_id, 'NEW', 'SUBMITTED',
                        'Zatrudniamy osoby zagrożone wykluczeniem społecznym i reinwestujemy zysk w reintegrację. (dane fikcyjne)',
                        :own, :total, :year, 'Sprawozdanie finansowe za rok ' || :year || ' (dane fikcyjne)',
                        o.organisation_kind, true, cast(:at as date) - 1000, :basis, true, :at, 'demo', 'demo', :at
                    from catalogue_offer o where o.id = :offer
                    returning id""")
                    .param("offer", published.get(MARKED * 6 % published.size() + 1 + i))
                    .param("own", new BigDecimal(180_000 + 40_000 * i)).param("total", new BigDecimal(420_000))
                    .param("year", now.getYear() - 1).param("basis", MarkCriteria.REGISTER_ENTRY)
                    .param("at", now.minusDays(4L + 6 * i)).query(Long.class).single();
            for (int r = 0; r < 2; r++) {
                jdbc.sql("""
                        insert into catalogue_mark_recommendation (application_id, position, recommender_name,
                            organisation, text)
                        values (:application, :position, :name, :organisation, :text)""")
                        .param("application", application).param("position", r + 1)
                        .param("name", recommenders[r][0]).param("organisation", recommenders[r][1])
                        .param("text", "Współpracujemy od lat; usługi są wykonywane terminowo i starannie. (dane fikcyjne)")
                        .update();
            }
        }
    }

    private void inquiries(List<Long> published, OffsetDateTime now) {
        String[] outcomes = {"NEW", "NEW", "ANSWERED", "WON", "LOST", "ANSWERED"};
        for (int i = 0; i < outcomes.length && i < published.size(); i++) {
            jdbc.sql("""
                    insert into catalogue_inquiry (offer_id, organisation_id, buyer_name, buyer_email, buyer_organisation,
                        message, outcome, outcome_at, created_at)
                    select id, organisation_id, :name, :email, :buyer, :message, :outcome, :outcomeAt, :created
                    from catalogue_offer where id = :offer""")
                    .param("offer", published.get(i * 3))
                    .param("name", "Kupujący Demonstracyjny " + (i + 1))
                    .param("email", "kupujacy" + (i + 1) + "@example.org")
                    .param("buyer", BUYERS[i])
                    .param("message", "Dzień dobry, prosimy o ofertę cenową na najbliższy kwartał. (dane fikcyjne)")
                    .param("outcome", outcomes[i])
                    .param("outcomeAt", outcomes[i].equals("NEW") ? null : now.minusDays(i))
                    .param("created", now.minusDays(3L + 4 * i)).update();
        }
    }

    /** Two weeks of views of the published offers, a few a day each, varying by offer and day. */
    private void views(LocalDate today) {
        jdbc.sql("""
                insert into catalogue_offer_views (offer_id, day, views)
                select o.id, d::date, 1 + (o.id * 7 + extract(day from d)::bigint * 3) % 12
                from catalogue_offer o, generate_series(cast(:from as date), cast(:to as date), interval '1 day') d
                where o.status = 'PUBLISHED'""")
                .param("from", today.minusDays(13)).param("to", today).update();
    }

    /**
     * A 4:3 picture {@code width} pixels wide: a gradient in the top category's colour, a shape, and
     * the initials of the first offer that needed it (the offers of a top category share its three
     * pictures). Drawn at each size it is served, as vector shapes cost less to draw again smaller
     * than pixels to resample.
     */
    static BufferedImage draw(Template template, int variant, int width) {
        Color colour = COLOURS.getOrDefault(template.category().substring(0, template.category().indexOf('_')),
                Color.DARK_GRAY);
        BufferedImage image = new BufferedImage(width, width * 3 / 4, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.scale(width / 640.0, width / 640.0);
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            graphics.setPaint(new GradientPaint(0, 0, colour, 640, 480, colour.brighter().brighter()));
            graphics.fillRect(0, 0, 640, 480);
            graphics.setColor(new Color(255, 255, 255, 60));
            switch (variant % 3) {
                case 0 -> graphics.fillOval(360, 200, 360, 360);
                case 1 -> graphics.fillRoundRect(-60, 260, 420, 300, 80, 80);
                default -> graphics.fillPolygon(new int[] {320, 640, 640}, new int[] {480, 120, 480}, 3);
            }
            graphics.setColor(Color.WHITE);
            graphics.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 160));
            String initials = template.initials();
            int textWidth = graphics.getFontMetrics().stringWidth(initials);
            graphics.drawString(initials, (640 - textWidth) / 2, 300);
        } finally {
            graphics.dispose();
        }
        return image;
    }
}
