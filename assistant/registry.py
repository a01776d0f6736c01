"""A tiny name → factory registry, so backends are chosen by name, not by if-chains."""

from collections.abc import Callable
from typing import Generic, TypeVar

from .errors import ConfigError

T = TypeVar("T")


class Registry(Generic[T]):
    def __init__(self, kind: str):
        self.kind = kind
        self._factories: dict[str, Callable[..., T]] = {}

    def register(self, name: str) -> Callable[[Callable[..., T]], Callable[..., T]]:
        def decorator(factory: Callable[..., T]) -> Callable[..., T]:
            self._factories[name] = factory
            return factory

        return decorator

    def names(self) -> list[str]:
        return sorted(self._factories)

    def create(self, name: str, *args, **kwargs) -> T:
        try:
            factory = self._factories[name]
        except KeyError:
            raise ConfigError(
                f"Unknown {self.kind} {name!r}.", f"Choose one of: {', '.join(self.names())}."
            ) from None
        return factory(*args, **kwargs)
