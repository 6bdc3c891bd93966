package pl.koordynator.es.publicservices.domain;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where in a procurement file a field of {@link pl.koordynator.es.publicservices.ProcurementInput}
 * came from, so that a problem the service finds with the input ({@code lots[1].contractorNip})
 * names the row and column of the file; a lot's field is on the lot's row, the procurement's on
 * the first row of the procurement.
 */
final class ProcurementFieldLocator {

    private static final Pattern LOT_FIELD = Pattern.compile("lots\\[(\\d+)]\\.?(\\w*).*");

    private ProcurementFieldLocator() {
    }

    /** A field of the input the service named, as the row and column of the file. */
    static ProcurementDraft.Located locate(String field, ProcurementRowCells first, List<ProcurementRowCells> rows) {
        Matcher lot = LOT_FIELD.matcher(field);
        if (lot.matches()) {
            int index = Integer.parseInt(lot.group(1));
            ProcurementRowCells row = index < rows.size() ? rows.get(index) : first;
            ProcurementImportColumn column = switch (lot.group(2)) {
                case "number" -> ProcurementImportColumn.LOT_NUMBER;
                case "title" -> ProcurementImportColumn.LOT_TITLE;
                case "estimatedValue" -> ProcurementImportColumn.LOT_ESTIMATED_VALUE;
                case "reservedArt94" -> ProcurementImportColumn.ART94;
                case "employmentContractArt95" -> ProcurementImportColumn.ART95;
                case "employmentArt96Group" -> ProcurementImportColumn.ART96_GROUP;
                case "employmentArt96Persons" -> ProcurementImportColumn.ART96_PERSONS;
                case "employmentArt96Months" -> ProcurementImportColumn.ART96_MONTHS;
                case "socialCriterionWeight" -> ProcurementImportColumn.CRITERION_WEIGHT;
                case "socialServicesArt359" -> ProcurementImportColumn.ART359;
                case "reservedArt361" -> ProcurementImportColumn.ART361;
                case "result" -> ProcurementImportColumn.RESULT;
                case "bidsReceived" -> ProcurementImportColumn.BIDS;
                case "pesBid" -> ProcurementImportColumn.PES_BID;
                case "socialEnterpriseBid" -> ProcurementImportColumn.PS_BID;
                case "contractorNip" -> ProcurementImportColumn.CONTRACTOR_NIP;
                case "contractValue" -> ProcurementImportColumn.CONTRACT_VALUE;
                case "contractStart" -> ProcurementImportColumn.CONTRACT_START;
                case "contractEnd" -> ProcurementImportColumn.CONTRACT_END;
                case "personsEmployed" -> ProcurementImportColumn.PERSONS_EMPLOYED;
                default -> ProcurementImportColumn.CONTRACTOR_NAME;
            };
            return row.at(column);
        }
        ProcurementImportColumn column = switch (field.replaceAll("\\[.*", "")) {
            case "buyerId" -> ProcurementImportColumn.BUYER;
            case "title" -> ProcurementImportColumn.TITLE;
            case "noticeNumber" -> ProcurementImportColumn.NOTICE_NUMBER;
            case "ocdsId" -> ProcurementImportColumn.OCDS_ID;
            case "cpvCodes" -> ProcurementImportColumn.CPV;
            case "estimatedValue" -> ProcurementImportColumn.ESTIMATED_VALUE;
            case "awardedValue" -> ProcurementImportColumn.AWARDED_VALUE;
            case "valueComment" -> ProcurementImportColumn.VALUE_COMMENT;
            case "procedure" -> ProcurementImportColumn.PROCEDURE;
            case "noticeDate" -> ProcurementImportColumn.NOTICE_DATE;
            case "bidDeadline" -> ProcurementImportColumn.DEADLINE;
            case "gminaTeryt" -> ProcurementImportColumn.GMINA;
            default -> null;
        };
        return column == null ? new ProcurementDraft.Located(first.row().number(), field) : first.at(column);
    }
}
