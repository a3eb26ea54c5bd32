#include "../io/json_writer.hpp"
#include "report_text.hpp"

#include <jixiao/render/json_report.hpp>

JIXIAO_BEGIN_NAMESPACE
namespace render {

namespace {

// A rate: its exact fraction, and the percentage a report prints.
void write_rate(io::detail::JsonWriter& json, const std::optional<Ratio>& rate) {
  if (!rate) {
    json.null();
    return;
  }
  json.begin_object();
  json.key("numerator");
  json.value(rate->numerator());
  json.key("denominator");
  json.value(rate->denominator());
  json.key("percent");
  json.value(detail::percent(rate));
  json.end_object();
}

void write_trace(io::detail::JsonWriter& json, const Trace& trace) {
  json.begin_object();
  json.key("rule");
  json.value(trace.rule);
  json.key("inputs");
  json.begin_array();
  for (const auto& [name, value] : trace.inputs) {
    json.begin_object();
    json.key("name");
    json.value(name);
    json.key("value");
    json.value(value);
    json.end_object();
  }
  json.end_array();
  json.key("steps");
  json.begin_array();
  for (const TraceStep& step : trace.steps) {
    json.begin_object();
    json.key("quantity");
    json.value(step.quantity);
    json.key("expression");
    json.value(step.expression);
    json.key("value");
    json.value(step.value);
    json.end_object();
  }
  json.end_array();
  json.key("notes");
  json.begin_array();
  for (const std::string& note : trace.notes) json.value(note);
  json.end_array();
  json.key("text");
  json.value(trace.to_report_text());
  json.end_object();
}

void write_node(io::detail::JsonWriter& json, const NodeScore& node) {
  json.begin_object();
  json.key("code");
  json.value(node.code);
  json.key("name");
  json.value(node.name);
  json.key("depth");
  json.value(node.depth);
  json.key("leaf");
  json.value(node.leaf);
  json.key("points");
  json.value(node.points);
  json.key("applicable");
  json.value(node.applicable);
  json.key("applicable_points");
  json.value(node.applicable_points);
  json.key("score");
  json.value(node.score);
  json.key("rate");
  write_rate(json, node.rate());
  if (node.leaf) {
    json.key("kind");
    json.value(node.kind == IndicatorKind::quantitative ? "quantitative" : "qualitative");
    json.key("target");
    json.value(node.target);
    json.key("criterion");
    json.value(node.criterion);
    json.key("full_marks");
    json.value(node.full_marks());
    json.key("lost");
    json.value(node.lost());
    if (!node.applicable) {
      json.key("not_applicable_reason");
      json.value(node.not_applicable_reason);
    }
    json.key("trace");
    write_trace(json, node.trace);
  }
  json.end_object();
}

}  // namespace

std::string json_report(const Scorecard& card, const std::string& title) {
  io::detail::JsonWriter json;
  json.begin_object();
  json.key("format");
  json.value("jixiao.scorecard/1");
  json.key("title");
  json.value(title);
  json.key("framework");
  json.value(card.framework);
  json.key("total");
  json.value(card.total);
  json.key("out_of");
  json.value(card.out_of);
  json.key("score_rate");
  write_rate(json, card.score_rate());
  json.key("rating");
  json.begin_object();
  json.key("status");
  json.value(card.rating.is_rated() ? "rated" : "not_ratable");
  json.key(card.rating.is_rated() ? "label" : "reason");
  json.value(card.rating.is_rated() ? card.rating.label : card.rating.reason);
  json.end_object();
  json.key("counts");
  json.begin_object();
  json.key("indicators");
  json.value(card.indicator_count());
  json.key("full_marks");
  json.value(card.full_marks_count());
  json.key("deducted");
  json.value(card.deducted_count());
  json.end_object();
  json.key("indicator_completion_rate");
  write_rate(json, card.indicator_completion_rate());
  if (card.budget) {
    const Budget& b = *card.budget;
    json.key("budget");
    json.begin_object();
    json.key("unit");
    json.value(b.unit);
    json.key("initial");
    json.value(b.initial);
    json.key("adjusted");
    json.value(b.adjusted);
    json.key("received");
    if (b.received)
      json.value(*b.received);
    else
      json.null();
    json.key("spent");
    json.value(b.spent);
    json.key("arrival_rate");
    write_rate(json, b.arrival_rate());
    json.key("execution_rate");
    write_rate(json, b.execution_rate());
    json.key("deviation");
    write_rate(json, card.deviation());
    json.end_object();
  }
  json.key("nodes");
  json.begin_array();
  for (const NodeScore& node : card.nodes) write_node(json, node);
  json.end_array();
  json.key("points_lost");
  json.begin_array();
  for (const NodeScore* leaf : card.points_lost()) {
    json.begin_object();
    json.key("code");
    json.value(leaf->code);
    json.key("name");
    json.value(leaf->name);
    json.key("lost");
    json.value(leaf->lost());
    json.end_object();
  }
  json.end_array();
  json.end_object();
  return json.finish();
}

}  // namespace render
JIXIAO_END_NAMESPACE
