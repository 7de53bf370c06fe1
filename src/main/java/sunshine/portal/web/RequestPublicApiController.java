package sunshine.portal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import sunshine.requests.DisclosureRequest;
import sunshine.requests.DisclosureRequestManagement;
import sunshine.requests.InvalidApplication;
import sunshine.requests.RequestApplication;
import sunshine.requests.TrackingView;
import sunshine.abuse.PublicSubmissions;

/**
 * The public JSON API of 依申请公开:
 * <ul>
 * <li>{@code POST /api/v1/requests} — an application; 201 {@code {trackingCode, queryCode, receivedOn, dueOn}},
 * or 400 with a Chinese message per bad field ({@code message}, {@code fields}, {@code errors});</li>
 * <li>{@code GET /api/v1/requests/track?code=&queryCode=} — status, dates, answer and documents; a
 * wrong code or query code gets the same 404 as an unknown one.</li>
 * </ul>
 */
@RestController
@Tag(name = "依申请公开", description = "提交政府信息公开申请、查询办理情况（无需登录）")
class RequestPublicApiController {

	private final DisclosureRequestManagement management;
	private final TrackingView tracking;
	private final MessageSource messages;
	private final PublicSubmissions gate;

	RequestPublicApiController(DisclosureRequestManagement management, TrackingView tracking, MessageSource messages,
			PublicSubmissions gate) {
		this.gate = gate;
		this.management = management;
		this.tracking = tracking;
		this.messages = messages;
	}

	@sunshine.shared.web.PublicApi
	@Operation(summary = "提交政府信息公开申请", description = "收到后返回申请编号和查询码（只显示这一次）、收到日期和答复期限。"
			+ "内容不合格时返回 400，逐项说明；提交过于频繁时返回 429 并带 Retry-After。",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
					mediaType = "application/json", schema = @Schema(implementation = PublicApiSchemas.Application.class),
					examples = @ExampleObject(name = "自然人申请", value = PublicApiSchemas.APPLICATION_EXAMPLE))),
			responses = {
					@ApiResponse(responseCode = "201", description = "已收到", content = @Content(mediaType = "application/json",
							schema = @Schema(implementation = PublicApiSchemas.ApplicationReceipt.class),
							examples = @ExampleObject(name = "已收到", value = PublicApiSchemas.APPLICATION_RECEIPT_EXAMPLE))),
					@ApiResponse(responseCode = "400", description = "内容不合格", content = @Content(mediaType = "application/json",
							schema = @Schema(implementation = sunshine.shared.web.ApiProblem.class),
							examples = @ExampleObject(name = "缺少姓名", value = PublicApiSchemas.PROBLEM_EXAMPLE))) })
	@PostMapping(path = "/api/v1/requests", produces = org.springframework.http.MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> apply(@Parameter(hidden = true) @RequestBody Map<String, Object> body, Locale locale,
			HttpServletRequest http) {
		var fields = new sunshine.shared.JsonFields(body);
		String content = fields.peek("agency") + "|" + fields.peek("description");
		String received = String.valueOf(body);
		var refused = gate.screenApi(http, fields.peek("phone"), content, received, locale);
		if (refused.isPresent()) {
			return refused.get();
		}
		var application = new RequestApplication(fields.text("agency"), fields.text("applicantType"), fields.text("name"),
				fields.text("idType"), fields.text("idNumber"), fields.text("creditCode"), fields.text("contactPerson"),
				fields.text("phone"), fields.text("address"), fields.text("email"), fields.text("description"),
				fields.text("purpose"), fields.text("delivery"));
		if (!fields.wrongTypes().isEmpty()) {
			return ResponseEntity.badRequest().body(problems(fields.wrongTypes().stream()
					.map(w -> new RequestApplication.Problem(w.field(), w.messageKey(), w.arguments())).toList(), locale));
		}
		try {
			var submission = management.submitOnline(application,
					NotifyChoices.fromJson(body, application.email(), application.phone()));
			var result = new LinkedHashMap<String, Object>();
			result.put("trackingCode", submission.trackingCode());
			result.put("queryCode", submission.queryCode());
			result.put("receivedOn", submission.receivedOn().toString());
			result.put("dueOn", submission.dueOn().toString());
			gate.filedApi(http, fields.peek("phone"), content, received, result);
			return ResponseEntity.status(HttpStatus.CREATED).body(result);
		}
		catch (InvalidApplication e) {
			return ResponseEntity.badRequest().body(problems(e.problems(), locale));
		}
	}

	@sunshine.shared.web.PublicApi
	@Operation(summary = "查询申请的办理情况", description = "凭申请编号和查询码查询；编号或查询码错误与查无此件一样返回 404。",
			responses = {
					@ApiResponse(responseCode = "200", description = "办理情况", content = @Content(mediaType = "application/json",
							schema = @Schema(implementation = PublicApiSchemas.RequestTracking.class),
							examples = @ExampleObject(name = "已收到", value = PublicApiSchemas.REQUEST_TRACKING_EXAMPLE))),
					@ApiResponse(responseCode = "404", description = "查无此件", content = @Content(mediaType = "application/json",
							schema = @Schema(implementation = PublicApiSchemas.NotFound.class),
							examples = @ExampleObject(name = "查无此件", value = PublicApiSchemas.NOT_FOUND_EXAMPLE))) })
	@GetMapping(path = "/api/v1/requests/track", produces = org.springframework.http.MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> track(
			@Parameter(description = "申请编号", example = "GK-2026-7KQ2M9XD") @RequestParam(required = false) String code,
			@Parameter(description = "查询码", example = "8K3QMZ") @RequestParam(required = false) String queryCode,
			@Parameter(hidden = true) Locale locale, @Parameter(hidden = true) HttpServletRequest http) {
		var refused = gate.refuseLookup(http, code, locale);
		if (refused.isPresent()) {
			return refused.get();
		}
		return management.track(code, queryCode)
				.<ResponseEntity<Map<String, Object>>>map(request -> ResponseEntity.ok(json(request, locale)))
				.orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(error("not-found",
						messages.getMessage("requests.track.notFound", null, locale))));
	}

	private Map<String, Object> json(DisclosureRequest request, Locale locale) {
		var view = tracking.of(request, locale);
		var body = new LinkedHashMap<String, Object>();
		body.put("trackingCode", request.getTrackingCode());
		body.put("agency", view.agencyName());
		body.put("status", request.getStatus().name());
		body.put("statusLabel", view.statusLabel());
		body.put("receivedOn", request.getReceivedOn().toString());
		body.put("dueOn", request.getDueOn().toString());
		body.put("concludedOn", request.getConcludedOn() == null ? null : request.getConcludedOn().toString());
		body.put("outcome", request.getOutcome() == null ? null : request.getOutcome().name());
		body.put("outcomeLabel", view.outcomeLabel());
		body.put("answer", request.getAnswerText());
		body.put("derivation", view.derivation());
		body.put("timeline", view.timeline().stream().map(step -> Map.of("on", step.on().toString(), "step", step.label()))
				.toList());
		body.put("documents", view.documents().stream().filter(doc -> doc.kind().forApplicant()).map(doc -> Map.of("kind", doc.kind().name(), "title", doc.title()))
				.toList());
		return body;
	}

	private Map<String, Object> problems(List<RequestApplication.Problem> problems, Locale locale) {
		var errors = new LinkedHashMap<String, String>();
		for (var problem : problems) {
			errors.putIfAbsent(problem.field(),
					messages.getMessage(problem.messageKey(), problem.arguments().toArray(), locale));
		}
		var body = error("bad-request", String.join("；", errors.values()));
		body.put("fields", List.copyOf(errors.keySet()));
		body.put("errors", errors);
		return body;
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<Map<String, Object>> unreadable(Exception e, Locale locale) {
		return ResponseEntity.badRequest().body(error("bad-request",
				messages.getMessage("requests.error.unreadable", null, locale)));
	}

	private static Map<String, Object> error(String code, String message) {
		var body = new LinkedHashMap<String, Object>();
		body.put("error", code);
		body.put("message", message);
		return body;
	}

}
