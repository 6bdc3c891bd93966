package pl.koordynator.es.localplans.domain;

import java.util.List;

/**
 * The Polish texts of the demo local plans: goals with their actions, funding sources, the paragraphs of
 * each section (a version is a prefix of them, so later versions grow), comments with suggested wordings,
 * reasons of rejections and yearly notes. Fictional, written the way such plans are.
 */
final class LocalPlansDemoTexts {

    private LocalPlansDemoTexts() {
    }

    /** A goal of a plan and the two actions that serve it. */
    record GoalText(String title, String description, List<ActionText> actions) {
    }

    record ActionText(String title, String description) {
    }

    static final List<GoalText> GOALS = List.of(
            new GoalText("Wzrost zatrudnienia w podmiotach ekonomii społecznej",
                    "Więcej trwałych miejsc pracy w PES dla osób zagrożonych wykluczeniem społecznym.", List.of(
                    new ActionText("Wsparcie tworzenia spółdzielni socjalnych z udziałem gminy",
                            "Doradztwo OWES, udostępnienie lokalu gminnego i wkład do spółdzielni socjalnej osób prawnych."),
                    new ActionText("Staże i zatrudnienie wspierane uczestników CIS i KIS w PES",
                            "Przejście uczestników reintegracji do zatrudnienia w PES, we współpracy z PUP."))),
            new GoalText("Rozwój usług społecznych świadczonych przez PES",
                    "Usługi opiekuńcze, asystenckie i wsparcie rodzin świadczone lokalnie przez PES.", List.of(
                    new ActionText("Zlecanie PES usług opiekuńczych w miejscu zamieszkania",
                            "Zlecenie części usług opiekuńczych ośrodka pomocy społecznej spółdzielni socjalnej."),
                    new ActionText("Uruchomienie centrum usług społecznych z udziałem PES",
                            "Przygotowanie CUS i włączenie w nie organizacji pozarządowych i spółdzielni socjalnych."))),
            new GoalText("Współpraca samorządu z sektorem ekonomii społecznej",
                    "Stałe forum współpracy urzędu, jednostek organizacyjnych gminy i PES.", List.of(
                    new ActionText("Powołanie zespołu ds. ekonomii społecznej przy wójcie (burmistrzu)",
                            "Zespół z udziałem OPS, PUP, OWES i PES spotykający się co najmniej raz na kwartał."),
                    new ActionText("Coroczne targi i dzień ekonomii społecznej w gminie",
                            "Promocja produktów i usług PES wśród mieszkańców, przedsiębiorców i instytucji."))),
            new GoalText("Zwiększenie udziału zamówień z klauzulami społecznymi",
                    "Zamówienia publiczne i zadania publiczne gminy jako rynek dla PES.", List.of(
                    new ActionText("Zarządzenie w sprawie stosowania klauzul społecznych",
                            "Zasady stosowania art. 94, 96 ust. 2 pkt 2 i 361 Prawa zamówień publicznych w urzędzie i jednostkach."),
                    new ActionText("Szkolenia pracowników urzędu z zamówień społecznie odpowiedzialnych",
                            "Szkolenia prowadzone przez OWES i ROPS, z przykładami zamówień zastrzeżonych."))),
            new GoalText("Reintegracja społeczna i zawodowa osób zagrożonych wykluczeniem",
                    "Ścieżki reintegracji łączące pomoc społeczną, CIS, KIS i zatrudnienie w PES.", List.of(
                    new ActionText("Utworzenie Klubu Integracji Społecznej",
                            "KIS prowadzony przez organizację pozarządową na zlecenie gminy."),
                    new ActionText("Kontrakty socjalne ze ścieżką zatrudnienia w PES",
                            "Kontrakty socjalne OPS przewidujące zatrudnienie wspierane w PES."))),
            new GoalText("Wzmocnienie potencjału organizacji pozarządowych",
                    "Organizacje gotowe do prowadzenia działalności odpłatnej i gospodarczej.", List.of(
                    new ActionText("Inkubator organizacji pozarządowych w gminnym centrum aktywności",
                            "Lokal, sprzęt i doradztwo dla nowych organizacji i grup nieformalnych."),
                    new ActionText("Mały fundusz grantowy na działalność odpłatną NGO",
                            "Granty do 10 000 zł na uruchomienie działalności odpłatnej pożytku publicznego."))));

    static final String[] FUNDING = {"budżet gminy", "FEP 2021–2027 (EFS+)", "budżet gminy i Fundusz Pracy",
            "budżet gminy, środki PFRON", "Program „Korpus Wsparcia Organizacji Pozarządowych”",
            "budżet gminy, dotacja z budżetu województwa"};

    static final String[] ROMAN = {"IV", "IX", "XI", "XIV", "XVII", "XX", "XXIII", "XXVI", "XXIX", "XXXI", "XXXV",
            "XL", "XLII", "XLVI", "LI"};

    /**
     * The paragraphs of the diagnosis section, its figures those of the register when it was written (the
     * diagnosis page shows today's next to it); a version shows a prefix of them.
     */
    static List<String> diagnosis(String unit, int pes, int socialEnterprises, int places) {
        return List.of(
                "Diagnoza opisuje stan ekonomii społecznej na terenie " + unit + " na podstawie danych rejestru "
                        + "PES, statystyki publicznej oraz konsultacji z ośrodkiem pomocy społecznej i OWES.",
                "Aktywne podmioty ekonomii społecznej w rejestrze: " + pes + ", w tym przedsiębiorstwa społeczne: "
                        + socialEnterprises + ". Dominują stowarzyszenia i fundacje; spółdzielnie socjalne są "
                        + "nieliczne, a ich przychody w większości pochodzą ze zleceń samorządu.",
                "Miejsca w podmiotach reintegracyjnych (CIS, KIS, ZAZ, WTZ): " + places + ". Zapotrzebowanie "
                        + "zgłaszane przez ośrodek pomocy społecznej jest wyższe, zwłaszcza w zakresie reintegracji "
                        + "zawodowej osób długotrwale bezrobotnych.",
                "Najwięcej osób w trudnej sytuacji to osoby długotrwale bezrobotne, osoby z niepełnosprawnościami "
                        + "oraz seniorzy wymagający usług opiekuńczych.",
                "Zamówienia publiczne gminy rzadko zawierają klauzule społeczne; zadania publiczne zlecane są "
                        + "organizacjom pozarządowym głównie w obszarze sportu i kultury.");
    }

    static List<String> goals(List<GoalText> goals) {
        java.util.ArrayList<String> paragraphs = new java.util.ArrayList<>();
        paragraphs.add("Cel główny: rozwój ekonomii społecznej jako trwałego elementu lokalnej polityki społecznej "
                + "i rynku pracy.");
        for (int i = 0; i < goals.size(); i++) {
            paragraphs.add("Cel szczegółowy " + (i + 1) + ". " + goals.get(i).title() + ". "
                    + goals.get(i).description());
        }
        paragraphs.add("Cele są spójne ze strategią rozwiązywania problemów społecznych oraz z Wieloletnim "
                + "Regionalnym Planem Rozwoju Ekonomii Społecznej.");
        return paragraphs;
    }

    static List<String> actions(int actions, String budget) {
        return List.of("Działania planu (łącznie: " + actions + ") realizują jednostki samorządu we współpracy "
                        + "z PES, OWES i powiatowym urzędem pracy. Szczegóły działań, realizatorów i partnerów "
                        + "zawiera tabela działań.",
                "Łączny szacowany budżet działań wynosi " + budget + " zł; część działań będzie finansowana ze "
                        + "środków zewnętrznych pozyskanych we współpracy z OWES.",
                "Harmonogram zakłada uruchomienie działań organizacyjnych w pierwszym roku, a działań "
                        + "wymagających finansowania zewnętrznego – po rozstrzygnięciu naborów.");
    }

    static List<String> indicators() {
        return List.of("Realizację planu mierzą wskaźniki podane w tabeli wskaźników, z wartością bazową i "
                        + "docelową.",
                "Wartości wskaźników z rejestru PES i mapy są odczytywane z platformy Koordynator ES; pozostałe "
                        + "wpisuje corocznie ośrodek pomocy społecznej.",
                "W razie odchylenia od ścieżki dojścia do wartości docelowej zespół ds. ekonomii społecznej "
                        + "proponuje korektę działań.");
    }

    static List<String> implementation(String responsible) {
        return List.of("Za koordynację realizacji planu odpowiada " + responsible + ".",
                "Raz w roku, do końca marca, koordynator przygotowuje informację z realizacji planu za rok "
                        + "poprzedni i przedstawia ją radzie.",
                "Plan może być aktualizowany w trybie przewidzianym dla jego przyjęcia, po konsultacjach z "
                        + "organizacjami pozarządowymi i PES.");
    }

    /** A sentence a suggested wording adds to a section. */
    static final String[] SUGGESTED_ADDITIONS = {
            "Warto wskazać, że część PES korzysta ze wsparcia OWES i jest gotowa do realizacji zleceń gminy.",
            "Proponujemy uzupełnić opis o dane o liczbie osób korzystających z pomocy społecznej z powodu bezrobocia.",
            "Działania zostaną uzgodnione z Regionalnym Programem Rozwoju Ekonomii Społecznej i jego naborami.",
            "Rekomendujemy dodanie informacji o planowanych zamówieniach zastrzeżonych dla PES."};

    static final String[] COMMENTS_WITH_SUGGESTION = {
            "Proponuję doprecyzować ten fragment – sugerowane brzmienie poniżej.",
            "Brakuje odniesienia do danych z rejestru; proszę rozważyć uzupełnienie.",
            "Sugerujemy rozszerzenie opisu zgodnie z zaleceniami WRPES."};

    static final String[] COMMENTS = {
            "Czy wskaźniki uwzględniają osoby zatrudnione w ramach klauzul społecznych?",
            "Proszę o wskazanie źródła danych dla wartości bazowych.",
            "Budżet działań wydaje się niedoszacowany w stosunku do harmonogramu.",
            "Warto dopisać partnerów z sąsiednich gmin, z którymi PES już współpracują."};

    static final String[] REJECTION_REASONS = {
            "Dane te zostaną przedstawione w rocznej informacji z realizacji planu.",
            "Zakres ten regulują odrębne dokumenty gminy; nie powielamy ich w planie.",
            "Zespół ds. ekonomii społecznej uznał, że obecne brzmienie lepiej oddaje możliwości budżetu gminy."};

    static final String PES_COMMENT = "Jako spółdzielnia socjalna działająca na terenie gminy chętnie podejmiemy "
            + "się usług opiekuńczych i cateringowych – prosimy o uwzględnienie tego w działaniach.";

    /** What the PES's suggestion adds to the section. */
    static final String PES_SUGGESTION = "Gmina będzie zlecać PES z terenu gminy usługi opiekuńcze i cateringowe, "
            + "stosując zamówienia zastrzeżone i klauzule społeczne.";

    static String note(int year, String unit) {
        return "W roku " + year + " kontynuowano realizację planu rozwoju ekonomii społecznej " + unit + ". "
                + "Zespół ds. ekonomii społecznej spotkał się cztery razy. Zlecono PES zadania publiczne i usługi, "
                + "a w dwóch zamówieniach zastosowano klauzule społeczne. Opóźnienia dotyczą działań "
                + "finansowanych ze środków zewnętrznych – nabór wniosków został przesunięty.";
    }
}
