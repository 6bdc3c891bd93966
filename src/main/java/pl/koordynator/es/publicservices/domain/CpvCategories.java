package pl.koordynator.es.publicservices.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import pl.koordynator.es.publicservices.PublicBenefitArea;

/**
 * Which categories of the PES catalogue a procurement's CPV code, or an open call's area of public
 * benefit, asks for. Kept in code: a short, reviewed list of the CPV divisions and groups PES commonly
 * deliver (a group, 3 digits, is more precise than its division and wins over it); a code outside the
 * list maps to no category and matches on CPV only.
 * <ul>
 * <li>15 food products, 55 hotel and catering services (555 catering) → CATERING</li>
 * <li>90 sewage, refuse, cleaning and environmental services → CLEANING and GREEN (905 refuse and 909
 * cleaning → CLEANING; 906 urban cleaning and snow clearing → CLEANING and GREEN_WINTER; 907
 * environmental services → GREEN)</li>
 * <li>77 agricultural, forestry and horticultural services → GREEN</li>
 * <li>45 construction work → CONSTRUCTION; 50 repair and maintenance → CONSTRUCTION_REPAIRS</li>
 * <li>85 health and social work (853 social work) → CARE</li>
 * <li>80 education and training → EDUCATION</li>
 * <li>79 business services (798 printing), 22 printed matter → PRINTING</li>
 * <li>63 supporting transport and travel agency services → TOURISM; 92 recreational, cultural and
 * sporting services → TOURISM_EVENTS; 60 transport services → OTHER_TRANSPORT</li>
 * <li>18 clothing → CRAFTS_TEXTILES; 39 furniture and household goods → CONSTRUCTION_CARPENTRY</li>
 * </ul>
 * Areas of public benefit: social assistance, family and health → CARE; disabled persons → CARE_DISABLED;
 * seniors → CARE_ELDERLY; children and youth → EDUCATION_CHILDREN and CARE_CHILDREN; social integration,
 * employment and civic activity → EDUCATION (workshops and courses); education → EDUCATION; culture →
 * TOURISM_EVENTS and CRAFTS; sport → TOURISM_EVENTS; tourism → TOURISM; ecology → GREEN; public safety
 * and other → none.
 */
final class CpvCategories {

    private static final Map<String, List<String>> DIVISIONS = Map.ofEntries(
            Map.entry("15", List.of("CATERING")),
            Map.entry("55", List.of("CATERING")),
            Map.entry("90", List.of("CLEANING", "GREEN")),
            Map.entry("77", List.of("GREEN")),
            Map.entry("45", List.of("CONSTRUCTION")),
            Map.entry("50", List.of("CONSTRUCTION_REPAIRS")),
            Map.entry("85", List.of("CARE")),
            Map.entry("80", List.of("EDUCATION")),
            Map.entry("79", List.of("PRINTING")),
            Map.entry("22", List.of("PRINTING")),
            Map.entry("63", List.of("TOURISM")),
            Map.entry("92", List.of("TOURISM_EVENTS")),
            Map.entry("60", List.of("OTHER_TRANSPORT")),
            Map.entry("18", List.of("CRAFTS_TEXTILES")),
            Map.entry("39", List.of("CONSTRUCTION_CARPENTRY")));

    private static final Map<String, List<String>> GROUPS = Map.ofEntries(
            Map.entry("555", List.of("CATERING")),
            Map.entry("905", List.of("CLEANING")),
            Map.entry("909", List.of("CLEANING")),
            Map.entry("906", List.of("CLEANING", "GREEN_WINTER")),
            Map.entry("907", List.of("GREEN")),
            Map.entry("798", List.of("PRINTING")),
            Map.entry("853", List.of("CARE")));

    private static final Map<PublicBenefitArea, List<String>> AREAS = Map.ofEntries(
            Map.entry(PublicBenefitArea.SOCIAL_ASSISTANCE, List.of("CARE")),
            Map.entry(PublicBenefitArea.FAMILY, List.of("CARE")),
            Map.entry(PublicBenefitArea.HEALTH, List.of("CARE")),
            Map.entry(PublicBenefitArea.DISABLED_PERSONS, List.of("CARE_DISABLED")),
            Map.entry(PublicBenefitArea.SENIORS, List.of("CARE_ELDERLY")),
            Map.entry(PublicBenefitArea.CHILDREN_AND_YOUTH, List.of("EDUCATION_CHILDREN", "CARE_CHILDREN")),
            Map.entry(PublicBenefitArea.SOCIAL_INTEGRATION, List.of("EDUCATION_WORKSHOPS", "EDUCATION_COURSES")),
            Map.entry(PublicBenefitArea.EMPLOYMENT, List.of("EDUCATION_COURSES")),
            Map.entry(PublicBenefitArea.CIVIC_ACTIVITY, List.of("EDUCATION_WORKSHOPS")),
            Map.entry(PublicBenefitArea.EDUCATION, List.of("EDUCATION")),
            Map.entry(PublicBenefitArea.CULTURE, List.of("TOURISM_EVENTS", "CRAFTS")),
            Map.entry(PublicBenefitArea.SPORT, List.of("TOURISM_EVENTS")),
            Map.entry(PublicBenefitArea.TOURISM, List.of("TOURISM")),
            Map.entry(PublicBenefitArea.ECOLOGY, List.of("GREEN")));

    private CpvCategories() {
    }

    /** The digits of a CPV code without its check digit ({@code 85311000-2} → {@code 85311000}). */
    static String digits(String cpv) {
        if (cpv == null) {
            return "";
        }
        int dash = cpv.indexOf('-');
        return (dash < 0 ? cpv : cpv.substring(0, dash)).trim();
    }

    static String division(String cpv) {
        String digits = digits(cpv);
        return digits.length() >= 2 ? digits.substring(0, 2) : null;
    }

    static String group(String cpv) {
        String digits = digits(cpv);
        return digits.length() >= 3 && !digits.substring(2, 3).equals("0") ? digits.substring(0, 3) : null;
    }

    /** The categories asked for by these CPV codes: a code's group when listed, else its division. */
    static Set<String> ofCpv(List<String> cpvCodes) {
        Set<String> categories = new LinkedHashSet<>();
        for (String cpv : cpvCodes) {
            String group = group(cpv);
            List<String> mapped = group == null ? null : GROUPS.get(group);
            if (mapped == null) {
                mapped = DIVISIONS.getOrDefault(division(cpv), List.of());
            }
            categories.addAll(mapped);
        }
        return categories;
    }

    static Set<String> ofArea(PublicBenefitArea area) {
        return new LinkedHashSet<>(AREAS.getOrDefault(area, List.of()));
    }
}
