"""Running the assistant as a service: Prometheus metrics, quality drift."""
