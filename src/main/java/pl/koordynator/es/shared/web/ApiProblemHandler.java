package pl.koordynator.es.shared.web;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.NotFoundException;
import pl.koordynator.es.shared.UploadSettings;
import pl.koordynator.es.shared.Uploads;
import tools.jackson.core.JacksonException;

/**
 * Every error of the API is an RFC 9457 problem; validation problems list each failed field in
 * {@code errors}. Requests for pages fall through to the Polish error pages instead: for them
 * the handler sends the status as an error and lets the container render the page.
 */
@RestControllerAdvice
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

    /** The request attribute naming, for the page error/415, the types the address accepts. */
    static final String UNSUPPORTED_MEDIA_TYPE = "unsupportedMediaType";

    private static final java.util.Set<String> STANDARD_MEMBERS = java.util.Set.of("type", "title", "status", "detail",
            "instance");

    private final MessageSource messages;
    private final UploadSettings uploads;

    ApiProblemHandler(MessageSource messages, UploadSettings uploads) {
        this.messages = messages;
        this.uploads = uploads;
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (!isApi(request)) {
            return sendErrorPage(request, statusCode);
        }
        ProblemDetail problem = body instanceof ProblemDetail detail ? detail
                : ProblemDetail.forStatusAndDetail(statusCode, text("problem." + statusCode.value(), ex.getMessage()));
        if (!(body instanceof ProblemDetail)) {
            problem.setInstance(URI.create(path(request)));
        } else {
            problem.setDetail(text("problem." + statusCode.value(), problem.getDetail()));
        }
        return super.handleExceptionInternal(ex, problem, headers, statusCode, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (!isApi(request)) {
            return sendErrorPage(request, status);
        }
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            errors.add(Map.of("field", error.getField(), "message",
                    messages.getMessage(error, LocaleContextHolder.getLocale())));
        }
        ex.getBindingResult().getGlobalErrors().forEach(error -> errors.add(Map.of("field", error.getObjectName(),
                "message", messages.getMessage(error, LocaleContextHolder.getLocale()))));
        return validationProblem(errors, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (!isApi(request)) {
            return sendErrorPage(request, status);
        }
        List<Map<String, String>> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                errors.add(Map.of("field", result.getMethodParameter().getParameterName(),
                        "message", messages.getMessage(error, LocaleContextHolder.getLocale())))));
        return validationProblem(errors, request);
    }

    /** A file over the server's limit is bad input in {@code file}, as one over its endpoint's limit is. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (!isApi(request)) {
            return sendErrorPage(request, status);
        }
        return validationProblem(List.of(Map.of("field", "file", "message", messages.getMessage("file.tooLarge",
                new Object[] {Uploads.megabytes(uploads.largest())}, LocaleContextHolder.getLocale()))), request);
    }

    /**
     * A JSON body with a value of the wrong type or an unknown choice ({@code "status": "PLANNED"},
     * {@code "endDate": "31.02.2026"}): a 400 naming the field by its path ({@code actions[0].endDate}),
     * as any other bad value; a body that is not JSON at all keeps the plain 400.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = ex.getCause() instanceof JacksonException jackson ? jsonPath(jackson.getPath()) : "";
        if (!isApi(request) || field.isEmpty()) {
            return super.handleHttpMessageNotReadable(ex, headers, status, request);
        }
        return validationProblem(List.of(Map.of("field", field, "message", text("problem.typeMismatch",
                "has a wrong format"))), request);
    }

    /** A Jackson path as the API's field names: {@code actions[0].endDate}. */
    static String jsonPath(List<JacksonException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    /**
     * A body of a type the endpoint does not read: the answer names the types it does read, as
     * an upload wants multipart/form-data where most of the API wants JSON.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<String> accepted = ex.getSupportedMediaTypes().stream().map(MediaType::toString).distinct().toList();
        String sent = ex.getContentType() == null ? MediaType.APPLICATION_OCTET_STREAM_VALUE
                : ex.getContentType().toString();
        String detail = accepted.isEmpty() ? text("problem.415", ex.getMessage())
                : messages.getMessage("problem.415.accepted", new Object[] {sent, String.join(", ", accepted)},
                        LocaleContextHolder.getLocale());
        if (!isApi(request)) {
            // shown by the page error/415
            request.setAttribute(UNSUPPORTED_MEDIA_TYPE, detail, WebRequest.SCOPE_REQUEST);
            return sendErrorPage(request, status);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(path(request)));
        problem.setProperty("accepted", accepted);
        return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> invalidInput(InvalidInputException ex, NativeWebRequest request) {
        if (!isApi(request)) {
            return sendErrorPage(request, HttpStatus.BAD_REQUEST);
        }
        List<Map<String, String>> errors = ex.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", messages.getMessage(p.messageKey(), p.arguments(),
                        p.messageKey(), LocaleContextHolder.getLocale())))
                .toList();
        return validationProblem(errors, request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex, NativeWebRequest request) {
        if (!isApi(request)) {
            return sendErrorPage(request, HttpStatus.BAD_REQUEST);
        }
        return validationProblem(List.of(Map.of("field", ex.getName(), "message", text("problem.typeMismatch",
                "has a wrong format"))), request);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException ex, NativeWebRequest request) {
        return problem(HttpStatus.NOT_FOUND, text("problem.404", ex.getMessage()), request);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException ex, NativeWebRequest request) {
        ResponseEntity<Object> response = problem(HttpStatus.CONFLICT, messages.getMessage(ex.messageKey(),
                ex.arguments(), ex.getMessage(), LocaleContextHolder.getLocale()), request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            // a property never replaces a member of RFC 9457: "status" twice made the body unreadable JSON
            ex.properties().forEach((name, value) -> {
                if (!STANDARD_MEMBERS.contains(name)) {
                    problem.setProperty(name, value);
                }
            });
        }
        return response;
    }

    /**
     * Text PostgreSQL cannot store or compare (a NUL character, {@code ?period=%00}) is bad input,
     * not a server error; any other database failure stays one.
     */
    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<Object> database(DataAccessException ex, NativeWebRequest request) throws Exception {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && "22021".equals(sql.getSQLState())) {
                log.info("Unstorable text in {}: {}", path(request), sql.getMessage());
                return problem(HttpStatus.BAD_REQUEST, text("problem.badRequest", "Bad request"), request);
            }
        }
        return unexpected(ex, request);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> concurrentEdit(OptimisticLockingFailureException ex, NativeWebRequest request) {
        return problem(HttpStatus.CONFLICT, text("problem.concurrentEdit", ex.getMessage()), request);
    }

    /** Pages leave these to Spring Security's own handling (login redirect, 403 page). */
    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    ResponseEntity<Object> denied(RuntimeException ex, NativeWebRequest request) {
        if (!isApi(request)) {
            throw ex;
        }
        return problem(HttpStatus.FORBIDDEN, text("problem.403", ex.getMessage()), request);
    }

    /**
     * A query Tomcat could not decode, read by a handler after all: the requests the
     * {@link UndecodableRequestFilter} leaves alone (form and multipart bodies) end here.
     */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Object> undecodableParameters(InvalidParameterException ex, NativeWebRequest request) {
        log.info("Undecodable parameters: {}", BadRequests.forLog(path(request)));
        HttpStatus status = HttpStatus.resolve(ex.getErrorCode());
        if (status != null && status != HttpStatus.BAD_REQUEST) {
            return problem(status, text("problem." + status.value(), status.getReasonPhrase()), request);
        }
        ResponseEntity<Object> response = problem(HttpStatus.BAD_REQUEST, text("problem.badRequest", "Bad request"),
                request);
        String query = ((ServletWebRequest) request).getRequest().getQueryString();
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            RawQuery.firstUndecodableParameter(query).ifPresent(field -> problem.setProperty("errors",
                    List.of(Map.of("field", field, "message", text("problem.undecodable", "is not encoded correctly")))));
        }
        return response;
    }

    /**
     * A multipart body that cannot be parsed (no boundary, cut short) is bad input in the
     * request, not an error of the server; a file over the limit has its own handler above.
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> unreadableMultipart(MultipartException ex, NativeWebRequest request) {
        log.info("Unreadable multipart body: {}", BadRequests.forLog(path(request)));
        return problem(HttpStatus.BAD_REQUEST, text("problem.badRequest", "Bad request"), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex, NativeWebRequest request) throws Exception {
        if (!isApi(request)) {
            // a database outage on a page is answered by DatabaseOutageFilter, without the layout
            throw ex;
        }
        if (DatabaseOutages.isOutage(ex)) {
            return databaseUnavailable(ex, request);
        }
        log.error("Unexpected error in {}", path(request), ex);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, text("problem.500", "Internal error"), request);
    }

    /** 503 with Retry-After and one log line: the client may simply try again once the database is back. */
    private ResponseEntity<Object> databaseUnavailable(Exception ex, WebRequest request) {
        log.warn("Database unavailable, answered 503: {}: {}", BadRequests.forLog(path(request)),
                DatabaseOutages.summary(ex));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                text("problem.503", "The database is temporarily unavailable."));
        problem.setInstance(URI.create(path(request)));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutages.RETRY_AFTER_SECONDS))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private ResponseEntity<Object> validationProblem(List<Map<String, String>> errors, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                text("problem.validation", "Invalid input"));
        problem.setTitle(HttpStatus.BAD_REQUEST.getReasonPhrase());
        problem.setInstance(URI.create(path(request)));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private ResponseEntity<Object> problem(HttpStatus status, String detail, WebRequest request) {
        if (!isApi(request)) {
            return sendErrorPage(request, status);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(path(request)));
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private ResponseEntity<Object> sendErrorPage(WebRequest request, HttpStatusCode status) {
        HttpServletResponse response = ((ServletWebRequest) request).getResponse();
        try {
            if (response != null && !response.isCommitted()) {
                response.sendError(status.value());
            }
        } catch (IOException ignored) {
            // the client has gone; nothing left to tell it
        }
        return null;
    }

    private String text(String key, String fallback) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, fallback, locale);
    }

    static boolean isApi(WebRequest request) {
        return path(request).startsWith("/api/");
    }

    private static String path(WebRequest request) {
        HttpServletRequest servletRequest = ((ServletWebRequest) request).getRequest();
        return servletRequest.getRequestURI().substring(servletRequest.getContextPath().length());
    }

}
