package pl.koordynator.es.reintegration.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import pl.koordynator.es.reintegration.ReferralRead;
import pl.koordynator.es.reintegration.ReferralReads;
import pl.koordynator.es.shared.ApiPage;
import pl.koordynator.es.shared.Paging;

/** The read log of referrals, for ROPS administrators: who read which referral, when and how. */
@RestController
@Tag(name = "Reintegration referrals")
class ReintegrationReadsApi {

    private final ReferralReads reads;

    ReintegrationReadsApi(ReferralReads reads) {
        this.reads = reads;
    }

    @GetMapping("/api/v1/reintegration/reads")
    @Operation(summary = "The read log of referrals, newest first (administrators)",
            description = "Reads of a referral's page, of lists and of the API. from and to are days in the region's "
                    + "time zone, both included.")
    ApiPage<ReferralRead> reads(@RequestParam(required = false) Long referralId,
            @Parameter(description = "one user's reads: the exact user name, any case") @RequestParam(required = false)
            String username,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return ApiPage.of(reads.reads(referralId, username, from, to, Paging.of(page, size)));
    }
}
