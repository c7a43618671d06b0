# problem: box_area
# expect: accepted
# message: ^$
# Clears the screen and draws a fake verdict with ANSI escapes: printing never changes a
# verdict, and what is shown of the output holds no control characters.


def box_area(boxes):
    print("\x1b[2J\x1b[H\x1b[32m accepted 20/20 \x1b[0m\x07\x08")
    return (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
