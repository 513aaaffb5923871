package powermap

import "errors"

// Errors that callers test for with errors.Is.
var (
	// ErrNotFound means the thing asked for is not in the store.
	ErrNotFound = errors.New("not found")
	// ErrInvalid means input was rejected; the wrapping error says why.
	ErrInvalid = errors.New("invalid input")
)
