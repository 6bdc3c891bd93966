package pl.koordynator.es.publicservices;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationInput;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.RegistryFixtures;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.RegionDate;
import pl.koordynator.es.testing.TestUsers;

/**
 * Public buyers, PES, accounts and valid procurements for the module's tests, made through the
 * services as their users would. {@code input(...)} gives a valid procurement of one plain lot
 * (notice ten days ago, bids due in ten days, CPV 85311000-2) to vary with the {@code with…} helpers.
 */
@Component
public class PublicServicesFixtures {

    public static final String GDANSK = "2261011";
    public static final String GDANSK_POWIAT = "2261";
    public static final String KARTUZY = "2205023";
    public static final String KARTUZY_POWIAT = "2205";
    /** A NIP with a right check digit (and two more for contractors). */
    public static final String NIP = "5261040828";
    public static final String OTHER_NIP = "1234563218";
    public static final String THIRD_NIP = "7740001454";

    private final RegistryFixtures registry;
    private final TestUsers users;
    private final Procurements procurements;
    private final PublicTasks tasks;

    PublicServicesFixtures(RegistryFixtures registry, TestUsers users, Procurements procurements, PublicTasks tasks) {
        this.registry = registry;
        this.users = users;
        this.procurements = procurements;
        this.tasks = tasks;
    }

    /** A gmina's local government (kind JST) seated in the gmina. */
    public OrganisationView jst(String name, String gmina) {
        return organisation(name, Kind.JST, gmina, null, false);
    }

    /** A PES (a social cooperative) in the gmina, with this NIP (or none) and the PS status since a year ago. */
    public OrganisationView pes(String name, String gmina, String nip, boolean socialEnterprise) {
        return organisation(name, Kind.SOCIAL_COOPERATIVE, gmina, nip, socialEnterprise);
    }

    public OrganisationView organisation(String name, Kind kind, String gmina, String nip, boolean socialEnterprise) {
        return registry.create(new OrganisationInput(name, null, kind, nip, null, null, gmina, "ul. Długa 1", "80-001",
                "Gdańsk", null, null, null, null, List.of(), null, null, null,
                socialEnterprise ? "PS-" + System.nanoTime() : null,
                socialEnterprise ? RegionDate.today().minusYears(1) : null, null, null, null, null));
    }

    /** A PARTNER account acting for the public body. */
    public UserView partner(OrganisationView body) {
        return users.create("partner-" + System.nanoTime(), Role.PARTNER, body.id());
    }

    public UserView admin() {
        return users.create("admin-" + System.nanoTime(), Role.ADMIN);
    }

    public UserView user(Role role) {
        return users.create(role.name().toLowerCase() + "-" + System.nanoTime(), role);
    }

    /** A valid procurement of the buyer with one plain lot, open for bids for ten more days. */
    public static ProcurementInput input(long buyerId, String title) {
        LocalDate today = RegionDate.today();
        return new ProcurementInput(buyerId, title, null, null, List.of("85311000-2"), new BigDecimal("100000.00"),
                null, null, ProcurementProcedure.BASIC, today.minusDays(10), today.plusDays(10), null,
                List.of(LotInput.plain(1, title, new BigDecimal("100000.00"))));
    }

    public static ProcurementInput withLots(ProcurementInput in, LotInput... lots) {
        return new ProcurementInput(in.buyerId(), in.title(), in.noticeNumber(), in.ocdsId(), in.cpvCodes(),
                in.estimatedValue(), in.awardedValue(), in.valueComment(), in.procedure(), in.noticeDate(),
                in.bidDeadline(), in.gminaTeryt(), List.of(lots));
    }

    public static ProcurementInput withNumbers(ProcurementInput in, String noticeNumber, String ocdsId) {
        return new ProcurementInput(in.buyerId(), in.title(), noticeNumber, ocdsId, in.cpvCodes(),
                in.estimatedValue(), in.awardedValue(), in.valueComment(), in.procedure(), in.noticeDate(),
                in.bidDeadline(), in.gminaTeryt(), in.lots());
    }

    public static ProcurementInput withDates(ProcurementInput in, LocalDate noticeDate, LocalDate bidDeadline) {
        return new ProcurementInput(in.buyerId(), in.title(), in.noticeNumber(), in.ocdsId(), in.cpvCodes(),
                in.estimatedValue(), in.awardedValue(), in.valueComment(), in.procedure(), noticeDate, bidDeadline,
                in.gminaTeryt(), in.lots());
    }

    public static ProcurementInput withValues(ProcurementInput in, String estimated, String awarded, String comment) {
        return new ProcurementInput(in.buyerId(), in.title(), in.noticeNumber(), in.ocdsId(), in.cpvCodes(),
                estimated == null ? null : new BigDecimal(estimated), awarded == null ? null : new BigDecimal(awarded),
                comment, in.procedure(), in.noticeDate(), in.bidDeadline(), in.gminaTeryt(), in.lots());
    }

    public static ProcurementInput withCpv(ProcurementInput in, String... cpvCodes) {
        return new ProcurementInput(in.buyerId(), in.title(), in.noticeNumber(), in.ocdsId(), List.of(cpvCodes),
                in.estimatedValue(), in.awardedValue(), in.valueComment(), in.procedure(), in.noticeDate(),
                in.bidDeadline(), in.gminaTeryt(), in.lots());
    }

    public static ProcurementInput withBuyer(ProcurementInput in, long buyerId) {
        return new ProcurementInput(buyerId, in.title(), in.noticeNumber(), in.ocdsId(), in.cpvCodes(),
                in.estimatedValue(), in.awardedValue(), in.valueComment(), in.procedure(), in.noticeDate(),
                in.bidDeadline(), in.gminaTeryt(), in.lots());
    }

    /** A lot reserved under art. 94 for social cooperatives. */
    public static LotInput reservedLot(int number, String value) {
        return new LotInput(number, "Część " + number, new BigDecimal(value), ReservedFor.SOCIAL_COOPERATIVES, false,
                null, null, null, null, false, false, LotResult.PENDING, null, null, null, null, null, null, null,
                null, null, null);
    }

    /** A lot requiring the employment of two unemployed persons for twelve months (art. 96(2)(2)). */
    public static LotInput employmentLot(int number, String value) {
        return new LotInput(number, "Część " + number, new BigDecimal(value), null, false,
                EmploymentGroup.UNEMPLOYED, 2, 12, null, false, false, LotResult.PENDING, null, null, null, null, null,
                null, null, null, null, null);
    }

    /** The lot awarded to an organisation of the register for this value, the contract starting today. */
    public static LotInput awardedTo(LotInput lot, Long contractorId, String contractorName, String contractorNip,
            String contractValue) {
        LocalDate today = RegionDate.today();
        return new LotInput(lot.number(), lot.title(), lot.estimatedValue(), lot.reservedArt94(),
                lot.employmentContractArt95(), lot.employmentArt96Group(), lot.employmentArt96Persons(),
                lot.employmentArt96Months(), lot.socialCriterionWeight(), lot.socialServicesArt359(),
                lot.reservedArt361(), LotResult.AWARDED, 3, true, false, contractorId, contractorName, contractorNip,
                contractValue == null ? null : new BigDecimal(contractValue), today, today.plusMonths(12), null);
    }

    /** A valid public task of the JST, its call open for ten more days. */
    public static PublicTaskInput task(long jstId, String title) {
        LocalDate today = RegionDate.today();
        return new PublicTaskInput(jstId, title, null, PublicBenefitArea.SOCIAL_ASSISTANCE, today.minusDays(5),
                today.plusDays(10), new BigDecimal("50000.00"), null, null, null, null, null);
    }

    /** Created by a fresh ROPS account. */
    public ProcurementView created(ProcurementInput input) {
        return as(admin(), () -> procurements.create(input));
    }

    public PublicTaskView createdTask(PublicTaskInput input) {
        return as(admin(), () -> tasks.create(input));
    }

    public <T> T as(UserView user, Supplier<T> call) {
        users.signIn(user);
        try {
            return call.get();
        } finally {
            users.signOut();
        }
    }
}
