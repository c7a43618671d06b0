# problem: box_area
# expect: time_limit_exceeded
# message: did not finish importing in \d+ s
# An infinite loop at the top level of the file.
while True:
    pass


def box_area(boxes):
    return boxes
